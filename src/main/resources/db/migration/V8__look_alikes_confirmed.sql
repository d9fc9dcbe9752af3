-- An editor who confirmed that an agreement is not one of the records it looks like is not
-- asked again on every later save: this keeps a digest of what made it a look-alike then
-- (its parties, signing date and English title, and the records it resembled). The
-- question comes back when any of them changes. Bookkeeping of the admin forms: not audited.
alter table agreement add column look_alikes_confirmed varchar(64);
