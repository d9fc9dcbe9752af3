package org.bcua.registry.site;

import java.time.ZoneOffset;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The full dump at its stable address, with an entity tag and a date of modification so
 * that a client fetching it again gets a 304 until the data changes.
 */
@Controller
class DumpController {

	private final RegistryDump dump;

	DumpController(RegistryDump dump) {
		this.dump = dump;
	}

	@GetMapping("/data/registry.zip")
	ResponseEntity<Resource> dump() {
		RegistryDump.Built built = this.dump.current();
		// Spring answers a request naming this entity tag or a later date with a 304
		String filename = "registry-" + built.built().atOffset(ZoneOffset.UTC).toLocalDate() + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.eTag(built.etag())
			.lastModified(built.built())
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(new FileSystemResource(built.file()));
	}

}
