package org.bcua.registry.shared;

import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the editor who made it.
 */
public class RevisionEditorListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		((Revision) revisionEntity).setChangedBy(CurrentEditor.name());
	}

}
