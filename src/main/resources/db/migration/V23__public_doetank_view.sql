-- public_doetank: the doetank module's one SQL contract with other modules.
-- It lists the Doetanks everyone may see (DoetankStatus.PUBLIC: ACTIEF, AFGEROND, GESTOPT).
-- Lists in other modules that must filter on "its Doetank is public" inside their own paged
-- query (publishing's posts, the toolkit's usage examples) read this view, never the doetank
-- table: filtering after the query would break their page sizes. The doetank module may
-- change its table as long as this view keeps its meaning (PublicDoetankViewTest checks it).
CREATE VIEW public_doetank AS
SELECT id
FROM doetank
WHERE status IN ('ACTIEF', 'AFGEROND', 'GESTOPT');

COMMENT ON VIEW public_doetank IS
    'Owned by the doetank module: ids of the Doetanks everyone may see. Other modules read this, not the doetank table.';
