-- English title and summary of a content revision (front matter title_en / summary_en, question_en
-- for FAQs); null when the file has no translation, and the portal shows the Italian text.
alter table content_revision add column title_en varchar(300);
alter table content_revision add column summary_en varchar(500);
