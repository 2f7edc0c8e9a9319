-- People find each other: profiles (shown to whom the member chooses) and one shared
-- vocabulary of expertise, used by profiles and by what a Doetank is looking for.

CREATE TABLE expertise (
    id      BIGSERIAL PRIMARY KEY,
    slug    VARCHAR(60)  NOT NULL,
    name_nl VARCHAR(60)  NOT NULL,
    name_en VARCHAR(60)  NOT NULL,
    retired BOOLEAN      NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX expertise_slug_uk ON expertise (slug);
CREATE UNIQUE INDEX expertise_name_nl_uk ON expertise (lower(name_nl));

INSERT INTO expertise (slug, name_nl, name_en) VALUES
    ('juridisch', 'Juridisch', 'Legal'),
    ('ict-en-data', 'ICT en data', 'IT and data'),
    ('financien', 'Financiën', 'Finance'),
    ('inkoop', 'Inkoop', 'Procurement'),
    ('communicatie', 'Communicatie', 'Communication'),
    ('ontwerp', 'Ontwerp', 'Design'),
    ('gedragsinzicht', 'Gedragsinzicht', 'Behavioural insight'),
    ('burgerparticipatie', 'Burgerparticipatie', 'Citizen participation'),
    ('projectleiding', 'Projectleiding', 'Project management'),
    ('beleid', 'Beleid', 'Policy'),
    ('uitvoering', 'Uitvoering', 'Operations'),
    ('dienstverlening', 'Dienstverlening', 'Public service delivery'),
    ('privacy-en-informatiebeveiliging', 'Privacy en informatiebeveiliging', 'Privacy and information security'),
    ('procesverbetering', 'Procesverbetering', 'Process improvement'),
    ('verandermanagement', 'Verandermanagement', 'Change management'),
    ('hr-en-organisatie', 'HR en organisatie', 'HR and organisation'),
    ('onderzoek-en-evaluatie', 'Onderzoek en evaluatie', 'Research and evaluation'),
    ('facilitatie', 'Facilitatie', 'Facilitation'),
    ('bestuurlijke-advisering', 'Bestuurlijke advisering', 'Advising executives'),
    ('ketensamenwerking', 'Ketensamenwerking', 'Chain collaboration'),
    ('toezicht-en-handhaving', 'Toezicht en handhaving', 'Supervision and enforcement'),
    ('duurzaamheid', 'Duurzaamheid', 'Sustainability'),
    ('sociaal-domein', 'Sociaal domein', 'Social domain'),
    ('ruimtelijke-ordening', 'Ruimtelijke ordening', 'Spatial planning'),
    ('taal-en-toegankelijkheid', 'Taal en toegankelijkheid', 'Plain language and accessibility'),
    ('netwerken-en-lobby', 'Netwerken en lobby', 'Networking and lobbying');

-- The profile: an address of its own, who may see it, and what the member tells about
-- themselves. Members only by default: a member opens it up to everyone if they want.
ALTER TABLE member
    ADD COLUMN slug               VARCHAR(100),
    ADD COLUMN profile_visibility VARCHAR(10) NOT NULL DEFAULT 'LEDEN'
        CHECK (profile_visibility IN ('IEDEREEN', 'LEDEN', 'NIEMAND')),
    ADD COLUMN job_title          VARCHAR(120),
    ADD COLUMN bio                TEXT;

UPDATE member SET slug = trim(BOTH '-' FROM regexp_replace(lower(translate(name,
        'áàäâãéèëêíìïîóòöôõúùüûçñÁÀÄÂÉÈËÊÍÌÏÎÓÒÖÔÚÙÜÛÇÑ',
        'aaaaaeeeeiiiiooooouuuucnaaaaeeeeiiiioooouuuucn')), '[^a-z0-9]+', '-', 'g'));
UPDATE member SET slug = 'lid' WHERE slug = '';
UPDATE member m SET slug = m.slug || '-' || m.id
    FROM (SELECT id, row_number() OVER (PARTITION BY slug ORDER BY id) AS n FROM member) d
    WHERE d.id = m.id AND d.n > 1;
ALTER TABLE member ALTER COLUMN slug SET NOT NULL;
CREATE UNIQUE INDEX member_slug_uk ON member (slug);

CREATE TABLE member_expertise (
    member_id    BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    expertise_id BIGINT NOT NULL REFERENCES expertise (id),
    PRIMARY KEY (member_id, expertise_id)
);
CREATE INDEX member_expertise_expertise_idx ON member_expertise (expertise_id);

-- The expertise a Doetank is looking for, beside the roles in doetank.looking_for.
CREATE TABLE doetank_expertise (
    doetank_id   BIGINT NOT NULL REFERENCES doetank (id) ON DELETE CASCADE,
    expertise_id BIGINT NOT NULL REFERENCES expertise (id),
    PRIMARY KEY (doetank_id, expertise_id)
);
CREATE INDEX doetank_expertise_expertise_idx ON doetank_expertise (expertise_id);
