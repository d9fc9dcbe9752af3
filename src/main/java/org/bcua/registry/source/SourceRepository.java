package org.bcua.registry.source;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findByUrl(String url);

	@Query("select s from Source s order by s.id desc")
	Page<Source> findLatestFirst(Pageable pageable);

}
