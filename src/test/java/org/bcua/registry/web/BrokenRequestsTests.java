package org.bcua.registry.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests a browser or a script could send that the server must answer with a page,
 * never with a server error: sent over a real socket to the embedded Tomcat, byte for
 * byte, since a client library would refuse to send most of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokenRequestsTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=%E0%A4%A", "/search?q=%E0%A4", "/search?q=%", "/search?q=%zz",
			"/universities?q=%E0%A4%A", "/agreements?kind=%E0%A4%A", "/search/suggest?q=%E0%A4%A" })
	void aBrokenPercentEncodingGetsTheBadRequestPage(String path) throws IOException {
		String response = get(path);
		assertThat(statusLine(response)).as(path).isEqualTo("HTTP/1.1 400 ");
		assertThat(response).doesNotContain("Exception");
		if (!path.startsWith("/search/suggest")) {
			assertThat(response).contains("<h1>This address is not understood</h1>");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=%00", "/search?q=Dalian%00", "/search/suggest?q=%00",
			"/universities?region=%00", "/agreements?university=%00&area=%00" })
	void aNulByteIsSearchedWithout(String path) throws IOException {
		assertThat(statusLine(get(path))).as(path).isEqualTo("HTTP/1.1 200 ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a", "大", "Д" })
	void aQueryOfTenThousandCharactersIsSearchedForItsBeginning(String character) throws IOException {
		String response = get("/search?q=" + URLEncoder.encode(character.repeat(10_000), StandardCharsets.UTF_8));
		assertThat(statusLine(response)).isEqualTo("HTTP/1.1 200 ");
		assertThat(response).contains("Only the first 100 characters of the query were searched for.");
	}

	@ParameterizedTest
	@ValueSource(ints = { 20_000, 100_000 })
	void anEvenLongerRequestIsRefusedWithoutAServerError(int length) throws IOException {
		String response = get("/search?q=" + URLEncoder.encode("大".repeat(length), StandardCharsets.UTF_8));
		assertThat(statusLine(response)).isEqualTo("HTTP/1.1 400 ");
	}

	private String get(String path) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			String accept = path.startsWith("/search/suggest") ? "application/json" : "text/html";
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\n"
					+ "Accept-Language: en\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
	}

	private static String statusLine(String response) {
		return response.substring(0, response.indexOf("\r\n"));
	}

}
