-- The last question of a live session whose key its players have been shown. The phase alone cannot say it once a
-- session has ended (an end straight from an open question keeps that question's number), and a player may dispute
-- a key only after it was shown (docs/disputes.md).
alter table live_session add column revealed_no integer default 0 not null;
-- sessions that exist already: every question before the current one was revealed (the next step needs a reveal),
-- and the current one too when it is revealed now
update live_session set revealed_no = case when state = 'revealed' then question_no
                                           when question_no > 0 then question_no - 1
                                           else 0 end;
