package org.bcua.registry.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import nu.validator.client.EmbeddedValidator.OutputFormat;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks HTML with the Nu Html Checker (vnu, the engine behind validator.w3.org/nu),
 * in-process and offline.
 */
public final class HtmlValidator {

	private static final JsonMapper json = JsonMapper.builder().build();

	private HtmlValidator() {
	}

	/**
	 * Validates a document as the server sent it.
	 * @param html the bytes of the response body
	 * @param name the page, to tell whose warnings are printed
	 * @return the errors, one line each with position and extract; empty when the
	 * document is valid. Warnings are printed, not returned.
	 */
	public static List<String> errors(byte[] html, String name) {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(OutputFormat.JSON);
		String report;
		try {
			report = validator.validate(new ByteArrayInputStream(html));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SAXException ex) {
			return List.of("vnu could not check the document: " + ex.getMessage());
		}
		List<String> errors = new ArrayList<>();
		for (JsonNode message : json.readTree(report).path("messages")) {
			String type = message.path("type").asString("");
			String line = "vnu " + type + ((message.has("subType")) ? " " + message.path("subType").asString() : "")
					+ " at " + message.path("lastLine").asInt(0) + ":" + message.path("firstColumn").asInt(0) + ": "
					+ message.path("message").asString("") + "\n      extract: "
					+ message.path("extract").asString("").replace("\n", "⏎");
			if (type.equals("info")) {
				System.out.println("[" + name + "] " + line);
			}
			else {
				errors.add(line);
			}
		}
		return errors;
	}

}
