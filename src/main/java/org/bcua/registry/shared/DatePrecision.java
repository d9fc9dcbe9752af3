package org.bcua.registry.shared;

/**
 * How much of a date is known: only the year, the year and month, or the day.
 */
public enum DatePrecision {

	YEAR, MONTH, DAY

}
