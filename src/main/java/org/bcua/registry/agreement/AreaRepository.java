package org.bcua.registry.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AreaRepository extends JpaRepository<Area, Long> {

	@Query("select a from Area a order by a.kind desc, a.sortOrder, a.id")
	List<Area> findAllOrdered();

	Optional<Area> findBySlug(String slug);

}
