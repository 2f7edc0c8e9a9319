-- The language a member reads the portal in, so that every mail to them is in that
-- language: set at registration and whenever they switch language while logged in.
ALTER TABLE member ADD COLUMN locale VARCHAR(5) NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en'));
