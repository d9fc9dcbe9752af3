package org.bcua.registry.shared;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change of the registry (a Hibernate Envers revision): every record written
 * in one transaction shares it. Keeps who made the change and when; the values before and
 * after are in the {@code *_aud} tables.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionEditorListener.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	@Column(name = "rev")
	private long id;

	@RevisionTimestamp
	@Column(name = "changed_at", nullable = false)
	private @Nullable Instant changedAt;

	@Column(name = "changed_by", nullable = false)
	private String changedBy = CurrentEditor.SYSTEM;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "revchanges", joinColumns = @JoinColumn(name = "rev"))
	@Column(name = "entityname")
	@ModifiedEntityNames
	private Set<String> changedEntityNames = new HashSet<>();

	protected Revision() {
	}

	public long getId() {
		return this.id;
	}

	public Instant getChangedAt() {
		if (this.changedAt == null) {
			throw new IllegalStateException("Revision without a time");
		}
		return this.changedAt;
	}

	/**
	 * The user name of the editor: shown in the admin area only, never on public pages.
	 */
	public String getChangedBy() {
		return this.changedBy;
	}

	/**
	 * The entity classes (fully qualified names) with records written in this revision.
	 */
	public Set<String> getChangedEntityNames() {
		return this.changedEntityNames;
	}

	void setChangedBy(String changedBy) {
		this.changedBy = changedBy;
	}

}
