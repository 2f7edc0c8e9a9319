package nl.clubhuis.shared;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps what a view writes as text, for {@link SharedMarkup}, and leaves the real
 * response (its headers, its content type) alone; links are still encoded by it (hashed
 * static addresses).
 */
class MarkupResponse extends HttpServletResponseWrapper {

	private final StringWriter text = new StringWriter(4096);

	private final PrintWriter writer = new PrintWriter(this.text);

	MarkupResponse(HttpServletResponse response) {
		super(response);
	}

	String text() {
		this.writer.flush();
		return this.text.toString();
	}

	@Override
	public PrintWriter getWriter() {
		return this.writer;
	}

	@Override
	public ServletOutputStream getOutputStream() {
		throw new IllegalStateException("markup is written as text");
	}

	@Override
	public void setContentType(String type) {
	}

	@Override
	public void setCharacterEncoding(String charset) {
	}

	@Override
	public void setLocale(Locale locale) {
	}

	@Override
	public void setHeader(String name, String value) {
	}

	@Override
	public void addHeader(String name, String value) {
	}

	@Override
	public void setStatus(int status) {
	}

}
