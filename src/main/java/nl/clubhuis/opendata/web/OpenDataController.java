package nl.clubhuis.opendata.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import nl.clubhuis.opendata.OpenDataset;
import nl.clubhuis.opendata.domain.OpenDataExport;
import nl.clubhuis.opendata.domain.OpenDataExport.Format;
import nl.clubhuis.opendata.domain.OpenDataExport.Slot;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * /open-data: what the datasets hold and under which licence; /open-data/{name}.csv and
 * .json stream a dataset straight into the response. When as many downloads run as
 * allowed, another gets 503 with Retry-After and the error page that says to try again.
 */
@Controller
class OpenDataController {

	/** Seconds a client waits before it tries a busy download again. */
	static final int RETRY_AFTER = 30;

	private final OpenDataExport export;

	OpenDataController(OpenDataExport export) {
		this.export = export;
	}

	@GetMapping("/open-data")
	String page(Model model) {
		model.addAttribute("datasets", this.export.datasets());
		return "opendata/open-data";
	}

	@GetMapping("/open-data/{name}.csv")
	void csv(@PathVariable String name, HttpServletResponse response) throws IOException {
		download(name, Format.CSV, new MediaType("text", "csv", StandardCharsets.UTF_8), response);
	}

	@GetMapping("/open-data/{name}.json")
	void json(@PathVariable String name, HttpServletResponse response) throws IOException {
		download(name, Format.JSON, MediaType.APPLICATION_JSON, response);
	}

	private void download(String name, Format format, MediaType type, HttpServletResponse response) throws IOException {
		OpenDataset dataset = this.export.find(name).orElseThrow(() -> new NotFoundException("dataset " + name));
		try (Slot slot = this.export.slot().orElseThrow(Busy::new)) {
			stream(dataset, format, type, response);
		}
	}

	private void stream(OpenDataset dataset, Format format, MediaType type, HttpServletResponse response)
			throws IOException {
		String file = "clubhuis-" + dataset.name() + "." + format.name().toLowerCase(java.util.Locale.ROOT);
		response.setContentType(type.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
		this.export.write(dataset, format, response.getOutputStream());
	}

	@ExceptionHandler(Busy.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String busy(Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER));
		model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		model.addAttribute("reason", "opendata.busy");
		return "error";
	}

	/** As many downloads run as allowed. */
	static final class Busy extends RuntimeException {

		Busy() {
			super("too many open data downloads at once");
		}

	}

}
