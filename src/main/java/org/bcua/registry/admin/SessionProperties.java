package org.bcua.registry.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session may last, besides the idle timeout
 * ({@code server.servlet.session.timeout}).
 *
 * @param absoluteTimeout the longest life of a session, however busy: after it, the next
 * request finds the editor signed out
 */
@ConfigurationProperties("registry.session")
public record SessionProperties(@DefaultValue("12h") Duration absoluteTimeout) {

}
