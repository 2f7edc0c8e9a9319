package nl.clubhuis.toolkit.web;

import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Pages made to be printed, or saved as PDF from the browser: a customer journey canvas
 * here; the sheets of the route itself are in {@link RouteSheetsController}.
 */
@Controller
class PrintablesController {

	/** Columns of the canvas: the steps one person takes. */
	private static final int JOURNEY_STEPS = 6;

	@GetMapping("/toolkit/printbaar/customer-journey-canvas")
	String customerJourneyCanvas(Model model) {
		model.addAttribute("steps", IntStream.rangeClosed(1, JOURNEY_STEPS).boxed().toList());
		return "toolkit/print-customer-journey";
	}

}
