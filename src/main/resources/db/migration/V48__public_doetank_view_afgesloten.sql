-- A Doetank that closed with its result before verbreden (AFGESLOTEN, V33) is public too:
-- the view keeps saying what DoetankStatus.PUBLIC says (PublicDoetankViewTest).
CREATE OR REPLACE VIEW public_doetank AS
SELECT id
FROM doetank
WHERE status IN ('ACTIEF', 'AFGEROND', 'AFGESLOTEN', 'GESTOPT');
