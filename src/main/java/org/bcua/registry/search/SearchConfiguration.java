package org.bcua.registry.search;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduled sweeps of the search index.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SearchConfiguration {

}
