-- Finding a member by name or organisation (the member list in /beheer, /leden, inviting
-- someone to a team) ignores accents and case, as the site search does: "zoe" finds "Zoë",
-- "ijssel" finds "Ĳsselstein". Applied to both the text and what was typed. Text without
-- accents (most names) takes the short way: translate() is slow on long character lists.
CREATE FUNCTION fold_accents(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE WHEN t ~ '^[ -~]*$' THEN lower(t) ELSE lower(translate(replace(replace(t, 'Ĳ', 'ij'), 'ĳ', 'ij'),
                       'àÀáÁâÂãÃäÄåÅāĀăĂąĄçÇćĆčČďĎđĐèÈéÉêÊëËēĒėĖęĘěĚìÌíÍîÎïÏīĪįĮłŁñÑńŃňŇòÒóÓôÔõÕöÖøØōŌŕŔřŘśŚšŠşŞťŤţŢùÙúÚûÛüÜūŪůŮűŰýÝÿŸźŹżŻžŽ',
                       'aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeiiiiiiiiiiiillnnnnnnoooooooooooooorrrrssssssttttuuuuuuuuuuuuuuyyyyzzzzzz')) END
$$;
