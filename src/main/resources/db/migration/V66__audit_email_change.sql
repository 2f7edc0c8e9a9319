-- A beheerder who sends a member's confirmation link to a new address (the member lost the
-- old mailbox, or registered with a typo) leaves a line in the logboek, without the address.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_kind_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_kind_check CHECK (kind IN ('ROLE_GRANTED', 'ROLE_REVOKED',
    'BLOCKED', 'UNBLOCKED', 'ERASED', 'STEPPED_IN', 'EMAIL_CHANGE_SENT'));
