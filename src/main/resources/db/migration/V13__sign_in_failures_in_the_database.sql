-- Failed sign-ins are counted in PostgreSQL (admin.SignInThrottle), so that every instance of the
-- registry sees the failures made through the others: a second instance is no way around the
-- throttle, and a restart no longer clears it.
--
-- A failure is three rows, one per thing it counts against: the account from that address
-- ('pair'), the address whatever the account ('address'), and the account from anywhere
-- ('account'); each count can then be forgotten on its own (a sign-in forgets only its pair's).
-- Rows older than the window (registry.sign-in.window) no longer count and are deleted by
-- whichever instance records the next failure.

create table sign_in_failure (
    id        bigint generated always as identity primary key,
    kind      varchar(7) not null check (kind in ('pair', 'address', 'account')),
    account   text,
    address   text,
    failed_at timestamp with time zone not null
);

create index sign_in_failure_account on sign_in_failure (account, kind, failed_at) where account is not null;
create index sign_in_failure_address on sign_in_failure (address, kind, failed_at) where address is not null;
create index sign_in_failure_failed_at on sign_in_failure (failed_at);

-- The addresses each account signed in from (its last 20): failures against the account from
-- elsewhere never lock its owner out from these.
create table sign_in_address (
    account      text not null,
    address      text not null,
    signed_in_at timestamp with time zone not null,
    constraint sign_in_address_pk primary key (account, address)
);
