-- The language an attempt was taken in: the tag of the pack's own language or of one of its translations
-- (content/packs/<pack>/i18n/<tag>/, docs/authoring.md "Translations"). Null for attempts from before, which were
-- all in the pack's own language. Statistics ignore it: the question ids are the same in every language.
alter table attempt add column language varchar(20);
