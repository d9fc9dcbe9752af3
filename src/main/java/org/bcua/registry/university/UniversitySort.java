package org.bcua.registry.university;

/**
 * The orders in which the universities list can be read: by name in the interface
 * language, by city or by year of foundation (then by name).
 */
public enum UniversitySort {

	NAME, CITY, FOUNDED;

}
