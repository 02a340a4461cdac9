-- A class's live session, when it ends, is kept as an assignment of the class (mode 'live') with one submitted
-- attempt per student who played (docs/live.md). Such an assignment asks exactly the questions the session asked,
-- in its order, separated by spaces; null for an ordinary assignment (its objective's or the whole pack's).
alter table assignment add column question_ids varchar(8000);
