package org.bcua.registry.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A record that keeps who created and last changed it, when, and a version for optimistic
 * locking.
 */
@Audited
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@CreatedDate
	@Column(name = "created_at", nullable = false, updatable = false)
	private @Nullable Instant createdAt;

	@CreatedBy
	@Column(name = "created_by", nullable = false, updatable = false)
	private @Nullable String createdBy;

	@LastModifiedDate
	@Column(name = "updated_at", nullable = false)
	private @Nullable Instant updatedAt;

	@LastModifiedBy
	@Column(name = "updated_by", nullable = false)
	private @Nullable String updatedBy;

	@Version
	private long version;

	public @Nullable Long getId() {
		return this.id;
	}

	public @Nullable Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable String getCreatedBy() {
		return this.createdBy;
	}

	public @Nullable Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public @Nullable String getUpdatedBy() {
		return this.updatedBy;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Marks the record as changed now, so that saving it raises its version and writes a
	 * revision to its history even when only its parts (parties, positions, aliases,
	 * citations) changed.
	 */
	protected void markChanged() {
		this.updatedAt = Instant.now();
	}

}
