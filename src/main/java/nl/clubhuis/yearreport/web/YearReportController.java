package nl.clubhuis.yearreport.web;

import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.yearreport.domain.YearReports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** /cijfers/{jaar}: the yearly report; any other year, or no year at all, is a 404. */
@Controller
class YearReportController {

	private final YearReports reports;

	YearReportController(YearReports reports) {
		this.reports = reports;
	}

	@GetMapping("/cijfers/{jaar}")
	String report(@PathVariable("jaar") String jaar, Model model) {
		if (!jaar.matches("\\d{4}")) {
			throw new NotFoundException("year " + jaar);
		}
		model.addAttribute("report",
				this.reports.of(Integer.parseInt(jaar)).orElseThrow(() -> new NotFoundException("year " + jaar)));
		return "yearreport/year";
	}

}
