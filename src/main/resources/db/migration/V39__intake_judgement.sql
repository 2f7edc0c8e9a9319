-- Intake that judges (method, workflow 1). The author of a proposal answers the method's
-- questions in plain words: who has this problem and wants the result (a probleemeigenaar
-- or a casus), what it brings (publieke waarde, the same or better with the same or fewer
-- means), who has time and room to pull it, and whether it began from a problem or from an
-- idea. The coach records a judgement per question with the intake decision: relevantie
-- and kans van slagen (voldoende / onvoldoende, each with a line), whether there is a
-- probleemeigenaar or a casus, and whether it starts from a problem or a solution seeks a
-- problem. They live on the Doetank beside decline_reason, so its pages read them without
-- another statement; bringing a proposal in again clears the coach's judgement.
ALTER TABLE doetank
    ADD COLUMN answer_problem_owner VARCHAR(1000),
    ADD COLUMN answer_value         VARCHAR(1000),
    ADD COLUMN answer_capacity      VARCHAR(1000),
    ADD COLUMN answer_origin        VARCHAR(20)
        CONSTRAINT doetank_answer_origin_check CHECK (answer_origin IN ('PROBLEEM', 'IDEE')),
    ADD COLUMN intake_relevance     VARCHAR(20)
        CONSTRAINT doetank_intake_relevance_check CHECK (intake_relevance IN ('VOLDOENDE', 'ONVOLDOENDE')),
    ADD COLUMN intake_relevance_note VARCHAR(300),
    ADD COLUMN intake_chance        VARCHAR(20)
        CONSTRAINT doetank_intake_chance_check CHECK (intake_chance IN ('VOLDOENDE', 'ONVOLDOENDE')),
    ADD COLUMN intake_chance_note   VARCHAR(300),
    ADD COLUMN intake_problem_owner BOOLEAN,
    ADD COLUMN intake_origin        VARCHAR(20)
        CONSTRAINT doetank_intake_origin_check CHECK (intake_origin IN ('PROBLEEM', 'IDEE'));
