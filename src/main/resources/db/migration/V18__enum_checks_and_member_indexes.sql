-- The database's last line for the enum columns that had none: each lists exactly the
-- names of its Java enum (EnumColumnsTest keeps them in step). NULL still passes where the
-- column allows it; the rules about when a value is required stay in the earlier checks.

ALTER TABLE doetank ADD CONSTRAINT doetank_theme_ck CHECK (theme IN ('WERK_EN_ORGANISATIE', 'DIENSTVERLENING',
    'ZORG_EN_WELZIJN', 'WIJK_EN_PARTICIPATIE', 'RUIMTE_EN_VASTGOED', 'JONGEREN', 'BESTUUR_EN_SAMENWERKING',
    'INNOVATIE_EN_TECHNOLOGIE'));

ALTER TABLE gate_review_request ADD CONSTRAINT gate_review_request_phase_ck
    CHECK (phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN'));
ALTER TABLE gate_review ADD CONSTRAINT gate_review_phase_ck
    CHECK (phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN'));
ALTER TABLE gate_review ADD CONSTRAINT gate_review_back_to_phase_ck
    CHECK (back_to_phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN'));
ALTER TABLE phase_transition ADD CONSTRAINT phase_transition_from_phase_ck
    CHECK (from_phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN'));
ALTER TABLE phase_transition ADD CONSTRAINT phase_transition_to_phase_ck
    CHECK (to_phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN'));
ALTER TABLE phase_transition ADD CONSTRAINT phase_transition_to_status_ck
    CHECK (to_status IN ('VOORSTEL', 'AFGEWEZEN', 'ACTIEF', 'AFGEROND', 'GESTOPT'));
ALTER TABLE business_case_line ADD CONSTRAINT business_case_line_phase_ck
    CHECK (phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN'));
ALTER TABLE post ADD CONSTRAINT post_phase_value_ck
    CHECK (phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN'));
ALTER TABLE post ADD CONSTRAINT post_status_ck CHECK (status IN ('CONCEPT', 'GEPUBLICEERD'));
ALTER TABLE werkvorm_question ADD CONSTRAINT werkvorm_question_question_ck CHECK (question IN ('NO_OPDRACHTGEVER',
    'PROBLEM_TOO_BIG', 'UNKNOWN_END_USER', 'NEED_IDEAS', 'TEST_SMALL', 'SHOW_VALUE', 'LEARN', 'OTHERS_ADOPT', 'STUCK',
    'WEAK_TEAM'));

-- "Who recorded this": members are still never deleted, but removing an account is coming,
-- and deleting a member checks every table that points at it. One index per column, so that
-- check and "what did this member do" stay lookups; partial where most rows have no value.
CREATE INDEX membership_decided_by_idx ON membership (decided_by_id) WHERE decided_by_id IS NOT NULL;
CREATE INDEX gate_review_request_requested_by_idx ON gate_review_request (requested_by_id);
CREATE INDEX gate_review_recorded_by_idx ON gate_review (recorded_by_id);
CREATE INDEX gate_review_coach_member_idx ON gate_review_coach (member_id);
CREATE INDEX phase_transition_by_member_idx ON phase_transition (by_member_id) WHERE by_member_id IS NOT NULL;
CREATE INDEX phase_transition_gate_review_idx ON phase_transition (gate_review_id) WHERE gate_review_id IS NOT NULL;
CREATE INDEX adoption_agreement_updated_by_idx ON adoption_agreement (updated_by_id);
CREATE INDEX business_case_line_added_by_idx ON business_case_line (added_by_id);
CREATE INDEX image_uploader_idx ON image (uploader_id);
CREATE INDEX post_comment_author_idx ON post_comment (author_id);
CREATE INDEX event_created_by_idx ON event (created_by);
CREATE INDEX werkvorm_template_uploaded_by_idx ON werkvorm_template (uploaded_by);
CREATE INDEX werkvorm_usage_recorded_by_idx ON werkvorm_usage (recorded_by);
