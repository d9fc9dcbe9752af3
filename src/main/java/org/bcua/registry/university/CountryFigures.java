package org.bcua.registry.university;

/**
 * How many universities of one country the registry lists, and how many of them are
 * members of the association (co-leads included).
 */
public interface CountryFigures {

	Country getCountry();

	long getUniversities();

	long getMembers();

}
