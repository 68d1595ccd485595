-- Spring Modulith's event publication registry (spring-modulith-events-jpa 2.1, entity
-- DefaultJpaEventPublication): one row per event and listener, completed when the listener
-- succeeded. A row left incomplete (the listener failed) is resubmitted later, so a
-- cross-feature side effect such as re-planning a path is retried instead of lost.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(1000000)         not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer                  default 0 not null,
    last_resubmission_date timestamp with time zone
);

create index event_publication_by_completion on event_publication (completion_date, publication_date);
