<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnomalyRules</name>
    <message>
        <location filename="../app/supervision/AnomalyRules.cpp" line="+77"/>
        <source>only a supervisor or an administrator may change the anomaly rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 at %2, outside the opening hours %3-%4</source>
        <extracomment>%1 service name, %2 local time, %3-%4 opening and closing time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 resets by %2 within an hour (limit %3)</source>
        <extracomment>%1 number of PIN/password resets, %2 operator ID, %3 the configured limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>card %1 reset %2 times on %3 (limit %4)</source>
        <extracomment>%1 masked card number, %2 times, %3 date, %4 the configured limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 failed logins in a row for %2</source>
        <extracomment>%1 number of failed sign-ins, %2 operator ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 of %3 operations by %4 (%5%, limit %6%)</source>
        <extracomment>%1 what is counted (e.g. name-mismatch overrides), %2 of %3 operations, %4 operator ID, %5 its percentage, %6 the configured limit in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name-mismatch overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual photo captures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../app/audit/AuditChain.cpp" line="+247"/>
        <source>the counter&apos;s audit signing key cannot be decrypted: wrong key file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the counter&apos;s audit signing key is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot generate the counter&apos;s audit signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the audit log is empty: there is nothing to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the audit checkpoint could not be signed (no signing key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <location filename="../app/audit/AuditVerifier.cpp" line="+60"/>
        <source>the counter&apos;s audit signing key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>verification cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>entry %1 is missing (the next entry found is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 is out of place: its content says it is entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 does not link to entry %2 (an entry was inserted, removed or replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1 was modified: its hash does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+75"/>
        <source>the checkpoint at entry %1 has a bad signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>entries %1 to %2 were rewritten: the chain no longer matches the checkpoint signed at entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>verification cancelled after %1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>entries %1 to %2 are missing: the log was cut off before its last signed checkpoint (entry %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardResult</name>
    <message>
        <location filename="../smartcard/CardResult.cpp" line="+53"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrong PIN, %n tries left.</source>
        <extracomment>%n is the number of PIN tries left on the card</extracomment>
        <translation>
            <numerusform>Wrong PIN, %n try left.</numerusform>
            <numerusform>Wrong PIN, %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN is blocked: the card needs an unblock at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused: conditions of use not satisfied (the application may be locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused: security status not satisfied (authentication missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused: its PIN reference data is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card rejected the security code (MAC): check the secure access module (PSAM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card has no social security application: is it the right card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record is missing on the card: the card may be damaged or not personalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card does not have the required key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused the command length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s application is permanently locked: the card must be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card answered with an unexpected status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s answer could not be read. Take the card out and insert it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not the expected card. Insert the citizen&apos;s social security card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No card in the reader. Insert the card with the chip facing up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The social security card is in the PSAM reader. Insert it in the customer&apos;s card reader instead.</source>
        <extracomment>PSAM: the security module card in the second reader. The customer&apos;s card reader is the one the citizen&apos;s social security card belongs in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PSAM card is in the customer&apos;s card reader. Put it back in the PSAM reader, then insert the social security card.</source>
        <extracomment>PSAM: the security module card, which belongs in its own (second) reader.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The social security card is in another card reader. Insert it in the customer&apos;s card reader instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card is in the wrong reader. Insert the social security card in the customer&apos;s card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card was removed during the operation. Insert it again and repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is not connected. Check its cable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The smart card service (pcscd) is not running. Call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication with the card reader failed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure access module (PSAM) is not available. Check the second card slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure access module (PSAM) refused the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN entry was cancelled on the PIN pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN was entered on the PIN pad in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown card error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../app/store/LocalStore.cpp" line="+218"/>
        <source>no database path is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database path %1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder of the database %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no permission to write the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no permission to create the database in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+177"/>
        <source>cannot update the database to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the database was made by a newer CardDesk (schema %1, this one knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the operation has no id: nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the photo could not be encrypted: nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the operation could not be encrypted: nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+169"/>
        <source>a supervisor must sign in to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the approval must come from another person than the clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a supervisor and cannot approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+130"/>
        <source>operation %1 is not waiting to be pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the reference batch has an operator with no id or an unknown role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+41"/>
        <source>the reference batch has a person without an ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+34"/>
        <source>the reference batch has a card without a card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+182"/>
        <source>%1 already exists: choose a new file for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create the backup file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+175"/>
        <source>there is no operation %1 on this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operation %1 is not an accepted reissue application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application is &quot;%1&quot;: it cannot become &quot;%2&quot; (statuses only move forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/StoreError.cpp" line="+44"/>
        <source>the local database is locked by another program: nothing was recorded, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full: nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permission to write the local database: nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local database cannot be opened (check its path and permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local database file is damaged or is not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk reported an error: nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the local database reported an error: nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorAccounts</name>
    <message>
        <location filename="../app/operators/OperatorAccounts.cpp" line="+157"/>
        <source>an operator id must be one word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown role &apos;%1&apos;: use clerk, teller, supervisor or administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <source>the password must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <source>the password could not be hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <source>an administrator already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>operator %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+43"/>
        <source>no operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>this account is locked after too many failed attempts: an administrator must reset its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong operator name or password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorAdministration</name>
    <message>
        <location filename="../app/supervision/OperatorAdministration.cpp" line="+30"/>
        <source>only an administrator may change operator accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this role may not see operator accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an administrator cannot disable their own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown role &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no operator &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an administrator cannot take away their own administrator role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCrypto</name>
    <message>
        <location filename="../app/store/StoreCrypto.cpp" line="+57"/>
        <source>no key file is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the key directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the system random generator failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write the key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file %1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file %1 can be read by other users (mode %2): it must be 0600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key file %1 is damaged: it must hold exactly 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message>
        <location filename="../app/supervision/SupervisionText.cpp" line="+26"/>
        <source>PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-certificate password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor sign-in for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed supervisor sign-in for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval refused (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval request withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name mismatch overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Photo captured manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Evidence photo viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence photo refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anomaly reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit chain verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letter acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First administrator created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator change refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clerk</source>
        <extracomment>operator role: front-desk clerk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teller</source>
        <extracomment>operator role: counter teller</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auditor</source>
        <extracomment>operator role: read-only reviewer of the audit log</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <extracomment>who made a change: the agency (经办机构), e.g. a reissue status that came through sync</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent acting for the holder</source>
        <extracomment>why approval is needed: someone acts for the card holder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian acting for the holder</source>
        <extracomment>why approval is needed: a guardian acts for a minor or ward</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the card differs from the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number typed in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <extracomment>state of an approval request</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <extracomment>state of an approval request</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <extracomment>state of an approval request</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <extracomment>state of an approval request: the counter took it back</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <extracomment>result of an operation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card refused: conditions not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card refused: not authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card data invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure messaging check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card application locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader communication error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security module unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security module error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled on the PIN pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN pad timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <extracomment>result of an operation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card changed but not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <extracomment>result of a sign-in: the account is locked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <extracomment>result of a sign-in: the account is disabled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown account or no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role not allowed</source>
        <extracomment>result: refused because of the operator&apos;s role</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <extracomment>result: refused (by the agency or a supervisor)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <extracomment>result code missing or not known</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Many resets by one operator in an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same card reset more than once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many name-mismatch overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many manual photo captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-ins in a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../app/supervision/SupervisorActions.cpp" line="+50"/>
        <source>the role %1 may not %2</source>
        <extracomment>%1 the operator&apos;s role (e.g. Auditor), %2 what was refused (e.g. approve or reject requests)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>an approval request needs the service and the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the request %1 is no longer pending (already decided?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>see the approvals queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>approve or reject requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give a reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>no pending request %1 (already decided or withdrawn?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>a request must be decided by another person than the one who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>mark anomalies reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a review needs a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>view evidence photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the photo %1 is not in this store (or cannot be decrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>verify the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>see the sync dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>acknowledge dead letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::AuditedSettings</name>
    <message>
        <location filename="../app/config/AuditedSettings.cpp" line="+76"/>
        <source>&quot;%1&quot; is not a CardDesk setting: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is locked by the administrator&apos;s system settings: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; cannot be changed: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The settings file %1 cannot be written: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The change could not be recorded in the audit log (%1): nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ECertificatePasswordResetWorkflow</name>
    <message>
        <location filename="../app/workflow/PasswordRequestWorkflows.cpp" line="+31"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The holder sets a new electronic certificate password in the national medical insurance app once the agency has processed the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::IdNumber</name>
    <message>
        <location filename="../app/identity/IdNumber.cpp" line="+18"/>
        <source>Beijing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tianjin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hebei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner Mongolia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jilin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heilongjiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jiangsu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zhejiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fujian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jiangxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shandong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Henan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hubei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guangdong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guangxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hainan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chongqing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sichuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guizhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yunnan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gansu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qinghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ningxia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xinjiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The ID number is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ID number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ID number has 18 characters (old numbers: 15 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ID number has only digits; only the last of 18 characters may be X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first two digits are not a province code: check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits 7 to 14 are not a real date of birth: check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth in the number lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last character does not match the others: a digit was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::LossReportWorkflow</name>
    <message>
        <location filename="../app/workflow/CardlessWorkflows.cpp" line="+25"/>
        <source>The card is not in this counter&apos;s reference data: the agency matches the report by ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card is already reported lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card has been cancelled: there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No details are being asked for at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temporary report cannot lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The temporary loss report is older than %n hour(s): it has lapsed, this is a new report.</source>
        <translation>
            <numerusform>The temporary loss report is older than %n hour: it has lapsed, this is a new report.</numerusform>
            <numerusform>The temporary loss report is older than %n hours: it has lapsed, this is a new report.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Card reported lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(matched by ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed within the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lapsed; recorded as a new report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A replacement card can be applied for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ManualIdEntry</name>
    <message>
        <location filename="../app/devices/IdDocumentReader.cpp" line="+11"/>
        <source>Manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the name as printed on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth does not match the ID number: check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sex does not match the ID number: check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the end of the ID card&apos;s validity (or mark it as long-term).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The validity ends before it starts: check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ID document is being asked for at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoCapture</name>
    <message>
        <location filename="../app/photo/CaptureSession.cpp" line="+121"/>
        <source>The picture could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No picture source is configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoGuidance</name>
    <message>
        <location filename="../app/photo/FaceAnalyzer.cpp" line="+89"/>
        <source>Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizontal position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space above the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eye line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background whiteness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background evenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The face detection data is missing (%1). Install the Debian package opencv-data, or take the photo manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The face detection data in %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No picture from the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face detection is not available: take the photo manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please look straight at the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one face detected: only the citizen may be in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too much light on the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please come a little closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please move back a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please move a little to your left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please move a little to your right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please move a little lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Please move a little higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please hold still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The background must be white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The background must be evenly lit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoOutput</name>
    <message>
        <location filename="../app/photo/CardPhotoMaker.cpp" line="+100"/>
        <source>There is no colour picture to make the card photo from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card photo region lies outside the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The card photo could not be encoded as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The card photo is %1 KB even at JPEG quality %2, above the limit of %3 KB: the picture is too noisy; improve the light and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The card photo is only %1 KB even at JPEG quality 100, below the minimum of %2 KB: the picture has too little detail (out of focus?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No JPEG quality gives a card photo between %1 and %2 KB (quality %3 gives %4 KB): the region&apos;s size bounds are too narrow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoSource</name>
    <message>
        <location filename="../app/photo/FrameSource.cpp" line="+42"/>
        <source>The picture %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a picture that can be read (JPEG, PNG or BMP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Camera %1 (%2x%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>Use a still picture or upload a photo instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No camera at %1: is it plugged in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The camera %1 may not be used by this account (add it to the group &apos;video&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The camera %1 cannot be opened: another program may be using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The camera %1 was unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera %1 stopped delivering pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Video file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The video file %1 cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The video file %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Image sequence of %n picture(s)</source>
        <translation>
            <numerusform>Image sequence of %n picture</numerusform>
            <numerusform>Image sequence of %n pictures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image sequence has no pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Uploaded picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The uploaded picture is empty or not a colour picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The picture is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a picture source: use camera:N, video:FILE, images:DIR or still:FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/photo/OpenCvPlugin.cpp" line="+42"/>
        <source>The camera and face detection support %1 cannot be loaded: %2. Reinstall the carddesk package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The camera and face detection support %1 belongs to another version of CardDesk. Reinstall the carddesk package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The camera and face detection support (%1) is not installed: it was looked for in %2. Reinstall the carddesk package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::PinChangeWorkflow</name>
    <message>
        <location filename="../app/workflow/CardPinWorkflows.cpp" line="+41"/>
        <source>The citizen now types the current PIN, then the new PIN twice, on the reader&apos;s PIN pad.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::PinPolicy</name>
    <message>
        <location filename="../app/domain/PinPolicy.cpp" line="+89"/>
        <source>The new PIN must have exactly the required number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not be the initial PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not be the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not repeat one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not be a run of consecutive digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must differ from the current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two entries of the new PIN are not the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::PluginLibrary</name>
    <message>
        <location filename="../app/core/PluginLibrary.cpp" line="+70"/>
        <source>%1 cannot be loaded from %2: %3. Reinstall the carddesk package.</source>
        <extracomment>%1 a feature (&quot;The supervisors&apos; charts&quot;), %2 a file, %3 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in %2 belongs to another version of CardDesk. Reinstall the carddesk package.</source>
        <extracomment>%1 a feature, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not installed (%2 was looked for in %3). Reinstall the carddesk package.</source>
        <extracomment>%1 a feature, %2 a file name, %3 the folders looked in</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ReaderPinPad</name>
    <message>
        <location filename="../app/devices/ReaderPinPad.cpp" line="+41"/>
        <source>Reader PIN pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN pad of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reader&apos;s PIN pad takes the PIN during the card command: it never passes it on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::RegionProfile</name>
    <message>
        <location filename="../app/domain/RegionProfile.cpp" line="+45"/>
        <source>Region profile: &quot;%1&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region profile: &quot;%1&quot; must be between %2 and %3 (it is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Region profile: &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Region profile: &quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Region profile: &quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Region profile: unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Region profile: &quot;initialPin.rule&quot; must be one of fixed, id-last-six, birth-date-yymmdd, card-number-last-six (it is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Region profile: &quot;approvalRequiredFor&quot; must be a list of reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region profile: &quot;approvalRequiredFor&quot; names an unknown reason &quot;%1&quot;; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region profile: &quot;id&quot; must be a plain name such as &quot;nanjing&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region profile: &quot;initialPin.value&quot; must be %1 digits, the PIN length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region profile: the initial PIN rule &quot;%1&quot; makes six digits, but &quot;pin.length&quot; is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region profile: &quot;photo.minBytes&quot; is larger than &quot;photo.maxBytes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Region profile %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region profile %1 is not valid JSON (at byte %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Region profile %1 says its id is &quot;%2&quot;; the file name says &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a region name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The region file %1 replaces the built-in profile &quot;%2&quot; but cannot be used: %3 Correct or remove the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no region profile &quot;%1&quot; (looked in %2 and the built-in profiles).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ReissueWorkflow</name>
    <message>
        <location filename="../app/workflow/CardlessWorkflows.cpp" line="+23"/>
        <source>A replacement card has already been applied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No details are being asked for at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card is not reported lost: report the loss first (or choose another reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This region does not mail cards: the holder collects the card at the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the full mailing address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a telephone number for the courier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>By mail to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collect at this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ServicePasswordResetWorkflow</name>
    <message>
        <location filename="../app/workflow/PasswordRequestWorkflows.cpp" line="-15"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency resets the password and informs the holder through the registered mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ServiceWorkflow</name>
    <message>
        <location filename="../app/workflow/ServiceWorkflow.cpp" line="+82"/>
        <source>This workflow has already been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An auditor account cannot carry out services. Sign in with a clerk or teller account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The counter is not set up for this service (%1 missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Scan the proof of guardianship (household register or birth certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the authorisation signed by the card holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Read the agent&apos;s ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the card holder&apos;s ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ID card could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The number on the holder&apos;s ID card is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The holder&apos;s ID card has expired: it cannot be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder&apos;s ID card is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The holder is not a minor: a guardian cannot act for them (use the proxy service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The holder is younger than %1: a guardian must apply for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The number on the agent&apos;s ID card is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s ID card is not valid today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s ID card is the holder&apos;s own: read the agent&apos;s card (or use the normal service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is a minor and cannot act for someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No authorisation is being asked for at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan of the document is empty: scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The card could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ID number on the card is not the one on the ID card: the operation is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chip PIN is blocked: it cannot be changed. Use the PIN reset or unblock service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The chip PIN has %n try(s) left.</source>
        <translation>
            <numerusform>The chip PIN has %n try left.</numerusform>
            <numerusform>The chip PIN has %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No reference data on this counter: the card&apos;s status cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card is reported lost: it cannot be used. Apply for a replacement card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card has been cancelled: it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The name on the ID card differs from the name on record: compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The names match except for %n rare character(s) the card cannot store.</source>
        <translation>
            <numerusform>The names match except for %n rare character the card cannot store.</numerusform>
            <numerusform>The names match except for %n rare characters the card cannot store.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The clerk refused: the names do not belong to one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The confirmation could not be recorded (%1): the operation cannot continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No photo is being asked for at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo is empty: take it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The card photo is %1 KB; this region needs %2 to %3 KB. Take or compress it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The manual capture could not be recorded (%1): the operation cannot continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A photo is required for this holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No photo: the holder is younger than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The citizen cancelled the PIN entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody entered a PIN in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN entry device failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+16"/>
        <source>No acceptable new PIN was entered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A supervisor&apos;s approval is needed but cannot be given here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor must approve this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+72"/>
        <source>The supervisor&apos;s sign-in is still being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Another person must approve: operators cannot approve their own operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supervisor could not be authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This counter cannot send approval requests to the supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request is already waiting in the supervisors&apos; queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request could not be sent to the supervisors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent to the supervisors: waiting for their decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The approval request is no longer in the supervisors&apos; queue: send it again or ask a supervisor to sign here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>The approval request was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Approved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The supervisor %1 rejected the request: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The request could not be withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The card refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The bank (financial) PIN of this card is a different secret and was not changed: the bank resets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done. Operation number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request could not be recorded (%1): it was NOT submitted. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The card WAS changed, but the operation could not be recorded (%1). Do not repeat the operation on the card: retry recording, or call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The card is being written: the operation finishes and is recorded first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Abandoned without a record: the card WAS changed. A supervisor must follow this up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cancellation could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was changed on the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::SyncCycle</name>
    <message numerus="yes">
        <location filename="../app/sync/SyncCycle.cpp" line="+49"/>
        <source>This counter&apos;s CardDesk speaks agency schema %1, but the agency database (schema %2) needs at least %3. Update CardDesk; the %n operation(s) waiting here are kept and will be sent after the update.</source>
        <translation>
            <numerusform>This counter&apos;s CardDesk speaks agency schema %1, but the agency database (schema %2) needs at least %3. Update CardDesk; the %n operation waiting here is kept and will be sent after the update.</numerusform>
            <numerusform>This counter&apos;s CardDesk speaks agency schema %1, but the agency database (schema %2) needs at least %3. Update CardDesk; the %n operations waiting here are kept and will be sent after the update.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The agency reported a problem with this counter&apos;s audit log (%1): %2. A supervisor must look at it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::TestIdDocumentReader</name>
    <message>
        <location filename="../app/devices/IdDocumentReader.cpp" line="+25"/>
        <source>No ID card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::WorkflowText</name>
    <message>
        <location filename="../app/workflow/WorkflowTypes.cpp" line="+60"/>
        <source>Reset the chip PIN (forgotten PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the chip PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unblock the chip PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report the card lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply for a replacement card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the service password (12333, online services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the medical insurance electronic certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chip PIN of the social security application (on the card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip PIN try counter cleared (the PIN itself is unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service password (12333, online services): reset requested from the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical insurance electronic certificate password: reset requested from the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Application received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card being printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered</source>
        <extracomment>A mailed replacement card reached the citizen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Cancelled</source>
        <extracomment>A card reissue application was cancelled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the holder&apos;s ID card on the ID reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the agent&apos;s ID card on the ID reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the authorisation or proof of guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the social security card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The names differ: compare them and confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the details of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen enters the current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen enters the new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen enters the new PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervisor must approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing to the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card was changed but the operation is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/supervisor/AuditTableModel.cpp" line="+95"/>
        <source>ok</source>
        <extracomment>result column of the audit log: the step succeeded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No.</source>
        <extracomment>audit log column: the entry&apos;s sequence number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <extracomment>audit log column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <extracomment>audit log column: what happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <extracomment>audit log column: succeeded or failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator</source>
        <extracomment>audit log column: who did it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <extracomment>audit log column: the service branch (office)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counter</source>
        <extracomment>audit log column: the service counter (terminal)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID number</source>
        <extracomment>audit log column: the holder&apos;s masked ID number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <extracomment>audit log column: the masked social-security card number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ChartPanel</name>
    <message>
        <location filename="../ui/plugins/ChartPanel.cpp" line="+26"/>
        <source>The dashboard&apos;s charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dashboard&apos;s charts are incomplete in %1. Reinstall the carddesk package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2</source>
        <extracomment>one line of a chart shown as text: %1 a category (day, operator, counter), %2 its values</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::CounterSession</name>
    <message>
        <location filename="../ui/CounterSession.cpp" line="+61"/>
        <source>Training branch</source>
        <extracomment>Name of the branch in training mode.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No camera is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reader: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers: card and PSAM ready</source>
        <extracomment>Status bar: the citizen-card reader and the PSAM (security module) reader are both connected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers: no PSAM reader</source>
        <extracomment>Status bar: the PSAM (security module) reader is missing; PIN reset/unblock cannot work.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers: no card reader</source>
        <extracomment>Status bar: only the PSAM reader is connected, no reader for the citizen&apos;s card.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reader: card service (pcscd) not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Card: inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Camera: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>device %1</source>
        <extracomment>Status bar: the camera device, e.g. &quot;device 0&quot; or &quot;device /dev/video0&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>video %1</source>
        <extracomment>Status bar: photos come from a video file (training, tests).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pictures in %1</source>
        <extracomment>Status bar: photos come from a folder of pictures (training, tests).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picture %1</source>
        <extracomment>Status bar: photos come from one picture file (training, tests).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Readers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (citizen card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (PSAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN pad: none (the customer PIN window is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN pad features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integrity check: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity check FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off (training mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n operation(s) waiting</source>
        <translation>
            <numerusform>%n operation waiting</numerusform>
            <numerusform>%n operations waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::CustomerPinEntry</name>
    <message>
        <location filename="../ui/CustomerPinWindow.cpp" line="+241"/>
        <source>Customer PIN window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customer PIN window is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Thank you. Please wait for the clerk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::CustomerPinWindow</name>
    <message>
        <location line="-73"/>
        <source>PIN entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter your CURRENT card PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Please enter your NEW card PIN (%n digits)</source>
        <translation>
            <numerusform>Please enter your NEW card PIN (%n digit)</numerusform>
            <numerusform>Please enter your NEW card PIN (%n digits)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter the NEW PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::DiagnosticsPage</name>
    <message>
        <location filename="../ui/DiagnosticsPage.cpp" line="+60"/>
        <source>The report was copied: paste it into the support request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save diagnostics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CardDesk diagnostics, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch: %1, counter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAINING MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region profile: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No device information available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Diagnostics</source>
        <extracomment>Heading of the page listing readers, camera, database and versions for support.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report... (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::HistoryPage</name>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="+94"/>
        <source>Done</source>
        <extracomment>History, result column: the operation was carried out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n operation(s) shown.</source>
        <translation>
            <numerusform>%n operation shown.</numerusform>
            <numerusform>%n operations shown.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history is not available: the local store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a card reissue first (arrow keys), then press F9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The replacement card of %1 is not ready for collection at the branch: its status is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Card collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did %1 (%2) receive the replacement card of application %3? Check the ID card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded: the citizen collected the replacement card of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select an operation first (arrow keys), then press F8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>Receipt reprinted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Search</source>
        <extracomment>Search field of the history: matches operation number, masked ID, name or card number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation</source>
        <extracomment>History column: the operation number printed on the receipt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <extracomment>History column: which service (PIN reset, loss report, ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <extracomment>History column: the social security card number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <extracomment>History column: done, or not done and why.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card tracking</source>
        <extracomment>History column: where a replacement card is (printing, ready, collected, ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card collected (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::HomePage</name>
    <message>
        <location filename="../ui/HomePage.cpp" line="+62"/>
        <source>Operations at this counter today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::LoginPage</name>
    <message>
        <location filename="../ui/LoginPage.cpp" line="+104"/>
        <source>Enter your operator ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in is not available: the operator accounts could not be opened. Ask the administrator to check the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign-in failed. Check the operator ID and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CardDesk sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked: %1 must sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch: %1    Counter: %2</source>
        <extracomment>Shown on the sign-in screen: which branch (office) and which counter this computer is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Operator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAINING MODE</source>
        <extracomment>Training mode marker; the Chinese is 培训模式.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+118"/>
        <source>Reader: unknown</source>
        <extracomment>Status bar: the state of the citizen-card reader is not known yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+264"/>
        <source>Card: none</source>
        <extracomment>Status bar: no citizen card in the reader.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Camera: unknown</source>
        <extracomment>Status bar: the state of the counter camera is not known yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Settings are for administrators only: ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Sync: off (training)</source>
        <extracomment>Training mode never talks to the agency.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync: OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) at %3</source>
        <extracomment>Status bar: who is signed in, their role, and the counter.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>CardDesk - social security card counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+30"/>
        <source>TRAINING MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Social security card PIN services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Services</source>
        <extracomment>Title of the home screen: the list of counter services.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History of this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <extracomment>Title of the administrator&apos;s settings screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics</source>
        <extracomment>Title of the screen listing readers, camera, database and versions for support.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+H history | F12 diagnostics | Ctrl+, settings | Ctrl+L lock | Ctrl+Q sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::PhotoStep</name>
    <message>
        <location filename="../ui/PhotoStep.cpp" line="+90"/>
        <source>No camera is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reason in the field below and press Alt+M to go on without a photo, or fix the camera in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera: %1</source>
        <extracomment>Status bar: %1 is the camera in use (a device or file path).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The video ended without a usable photo. Press Alt+R to retake, or capture manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the camera cable, then press Alt+R to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Automatic checks are off: capture manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good. Hold still...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Alt+R to retake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo taken automatically. Press Enter to go on, Alt+R to retake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo taken manually. Press Enter to go on, Alt+R to retake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A manual capture needs a reason: type it in the reason field (Alt+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Going on without a photo. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No picture yet: wait for the preview, then capture again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture &amp;manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eason</source>
        <extracomment>Why the clerk took the photo without the automatic checks passing (or without a camera).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the citizen to look at the camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ReceiptPrinter</name>
    <message>
        <location filename="../ui/ReceiptPrinter.cpp" line="+26"/>
        <source>TRAINING MODE - NOT VALID</source>
        <extracomment>Printed on every receipt made in training mode; the Chinese is 培训模式.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security card service receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent / guardian ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signature of the citizen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The receipt could not be written to %1. Check the disk and the folder&apos;s permissions, then print it again from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing is incomplete in %1. Reinstall the carddesk package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ServiceFlowPage</name>
    <message>
        <location filename="../ui/ServiceFlowPage.cpp" line="+72"/>
        <source>Offer a card reissue instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the service again and let the citizen choose another PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the citizen the supervisor&apos;s reason; once it is resolved, start the service again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call the administrator: the local store could not write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the documents and start the service again if appropriate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Type the data from the document instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No temporary report: this is the first report of the loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time of the temporary report cannot lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Within the region&apos;s deadline of %n hour(s): the temporary report is confirmed.</source>
        <translation>
            <numerusform>Within the region&apos;s deadline of %n hour: the temporary report is confirmed.</numerusform>
            <numerusform>Within the region&apos;s deadline of %n hours: the temporary report is confirmed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Older than the region&apos;s deadline of %n hour(s): the temporary report has lapsed; this is recorded as a new report.</source>
        <translation>
            <numerusform>Older than the region&apos;s deadline of %n hour: the temporary report has lapsed; this is recorded as a new report.</numerusform>
            <numerusform>Older than the region&apos;s deadline of %n hours: the temporary report has lapsed; this is recorded as a new report.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+305"/>
        <location line="+12"/>
        <location line="+280"/>
        <source>Insert the citizen&apos;s social security card into the reader (chip first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Working on the card: please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the automatic capture, or type a reason and capture manually (Alt+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A photo is required for this holder: connect a camera (Settings) or take the photo with another camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Type the 18-character ID number from the citizen&apos;s document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid: %1, born %2, %3, age %4</source>
        <extracomment>Shown as the clerk types a valid ID number: province, birth date, sex, age.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On record: %1, %2, card %3, card status: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person is not in the local reference data (it may not be synced yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the agent&apos;s or guardian&apos;s ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>The agent must be another person than the holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the citizen&apos;s ID number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the name as printed on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID card has expired: ask for a valid document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder is %1 years old: a guardian can act only for a holder under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder is under %1: choose &quot;Guardian of a minor&quot; and enter the guardian&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a valid ID number for the agent or guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the agent&apos;s name as printed on their ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the proof of guardianship (Alt+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the signed authorisation (Alt+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No picture of the document: %1. Check the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanned (%1 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No card reader is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the reader settings or call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The card was removed. Its data was cleared: insert the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card: none</source>
        <extracomment>Status bar: no citizen card in the reader.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Card: wrong reader</source>
        <extracomment>Status bar: the citizen card (or the PSAM) is in the wrong card reader.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card inserted. Press Enter to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip PIN: BLOCKED (no tries left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+200"/>
        <source>Chip PIN tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Card: inserted</source>
        <extracomment>Status bar: a citizen card is in the reader (not read yet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card: error</source>
        <extracomment>Status bar: the reader reports an error with the citizen card.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The name on the ID card (%1) differs from the name on record (%2). Compare the documents; tick the box and press Enter if they are the same person, Esc to refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The reader&apos;s PIN pad cannot be used now: the citizen types on the customer window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Reading the card: do not remove it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card: reading</source>
        <extracomment>Status bar: the citizen&apos;s card is being read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Working on the card: do not remove it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Card read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number: %1
Holder: %2, ID %3
Valid until %4, specification %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ID number on the card matches the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+340"/>
        <source>Card: %1</source>
        <extracomment>Status bar: %1 is the social security card number.
----------
Confirm summary: %1 is the social security card number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-277"/>
        <source>The time of the temporary report cannot lie in the future: correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the recipient&apos;s mobile number: the courier calls it on delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a mainland mobile number: it has 11 digits and starts with 13 to 19 (e.g. 139 1234 5678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Done. %1</source>
        <extracomment>The result: %1 says which secret was changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip PIN tries now: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the new chip PIN works from now on; keep it secret. The bank PIN is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the chip PIN works again with the old digits. If they forgot it, use &quot;Reset card PIN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the card is blocked for social security services from now on; a replacement card can be applied for (fee %1 yuan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell the citizen: the new card will be ready in about %1 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the agency resets the password once the request reaches it, and tells them how to set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not done. %1</source>
        <extracomment>The result: %1 is what went wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operation number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This operation was not recorded, so there is no receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Receipt saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Identity</source>
        <extracomment>Step bar: checking the citizen&apos;s ID document.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <extracomment>Step bar: the social security card in the reader.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <extracomment>Step bar: service details (loss report time, reissue delivery).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <extracomment>Step bar: taking the citizen&apos;s photo.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <extracomment>The step where the citizen types the PIN(s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <extracomment>Supervisor approval (when needed) and executing the service.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <extracomment>Step bar: the outcome of the service.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name on the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Long-term</source>
        <extracomment>The ID card has no end date (长期).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Guardian&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;gent&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent&apos;s na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their ID card valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan proof of guardianship (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan signed authorisation (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read ID card (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I checked: the ID card and the card belong to the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already reported by &amp;phone or online, at:</source>
        <extracomment>已电话/网上挂失: the citizen made a temporary loss report by phone or online before coming.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the citizen made the temporary report (not in the future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Circumstances (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost (already reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect at this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reci&amp;pient</source>
        <extracomment>The person who receives the mailed card (defaults to the card holder).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card holder, if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 digits, for the courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The citizen types on the reader&apos;s &amp;PIN pad (Alt+P)</source>
        <extracomment>客户在读卡器密码键盘上输入: the citizen types the PINs on the card reader&apos;s own PIN pad.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instead of the customer window: the PINs never reach this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The citizen types the CURRENT PIN, then the NEW PIN twice, on the reader&apos;s PIN pad%1. Each entry ends with the pad&apos;s OK key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The citizen will type the PINs on the reader&apos;s PIN pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The citizen is entering the CURRENT PIN on the customer window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The citizen is entering the new PIN a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen is entering the NEW PIN on the customer window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A supervisor must approve this operation (%1): the supervisor types their own ID and password here, then Enter.</source>
        <extracomment>%1: why, e.g. &quot;an agent acts for the holder&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to the supervisors&apos; queue instead (Alt+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the request (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a supervisor&apos;s decision in the supervisor console: %1 for %2 (%3), sent at %4. The service goes on as soon as it is approved; a supervisor may also sign here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Supervisor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print receipt (F8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ServiceText</name>
    <message>
        <location filename="../ui/ServiceText.cpp" line="+19"/>
        <source>Reset card PIN (forgotten)</source>
        <extracomment>The citizen forgot the chip PIN of the social security card.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change card PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unblock card PIN</source>
        <extracomment>Clear the try counter of a blocked chip PIN.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report card loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reissue card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset service password</source>
        <extracomment>The 12333 / web service (query) password, not the chip PIN.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset e-certificate password</source>
        <extracomment>The medical insurance electronic certificate (医保电子凭证) password.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chip PIN of the social security application on the card was changed. The bank PIN of the card is NOT changed: that is done by the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The try counter of the chip PIN was cleared; the chip PIN itself is unchanged. The bank PIN of the card is NOT affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card is reported lost. No PIN was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new card was requested. No PIN was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reset of the service (12333 / online) password was requested from the agency. The chip PIN and the bank PIN are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reset of the medical insurance e-certificate password was requested from the agency. The chip PIN and the bank PIN are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ask the citizen to enter the PIN again carefully, or use &quot;Reset card PIN&quot; if it is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this service and use &quot;Unblock card PIN&quot; or &quot;Reset card PIN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the card back and ask for the citizen&apos;s own social security card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the citizen&apos;s card into the reader, chip first, then continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the card to the reader the message names, then continue. Nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the same card back into the reader and start the step again. Nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the card reader is plugged in; if it still fails, restart the computer or call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close other programs that use the card reader, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The security module (PSAM) is not working: call the administrator. Do not retry repeatedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card is permanently locked: offer a card reissue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the citizen to enter the PIN again on the PIN pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled; nothing was changed on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try once more; if it fails again, note the status code and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n try(s) left before the PIN blocks.</source>
        <translation>
            <numerusform>%n try left before the PIN blocks.</numerusform>
            <numerusform>%n tries left before the PIN blocks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent (proxy)</source>
        <extracomment>An agent acting for the card holder with a signed authorisation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian of a minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown</source>
        <extracomment>Card status: the reference data does not know this card.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use</source>
        <extracomment>Card status: the card is valid and in use (正常).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported lost</source>
        <extracomment>Card status (挂失).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>cancelled</source>
        <extracomment>Card status (注销).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>replacement applied for</source>
        <extracomment>Card status: a replacement card has been applied for (补换卡中).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent acts for the holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a guardian acts for a minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the holder in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the names on the ID card and on record differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the photo was taken without the automatic checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ID data was typed, not read from the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every &quot;%1&quot; needs approval</source>
        <extracomment>Approval reason: the region wants every operation of this service approved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <extracomment>Separator between approval reasons (Chinese: 、).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <extracomment>Result of an operation: it was carried out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the card belongs to another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card is reported lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card was already reported lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a replacement card was already applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the names differ; the clerk refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new PIN was not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the citizen did not enter the PIN in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PIN entry device failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no supervisor approval possible here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supervisor rejected it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card was changed but not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit entry could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ID card has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ID card is not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a guardian acts only for a minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a minor needs a guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s ID is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s ID card has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent is the holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent is a minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <extracomment>A label and its value, e.g. &quot;Fee: 20 yuan&quot;. Chinese uses the full-width colon without a space: %1：%2</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="+82"/>
        <source>Locked by the branch administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+40"/>
        <source>Settings are not available in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: settings changes cannot be recorded in the audit log in this session. Call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to save: no value was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved and recorded in the audit log: %1. Reader, camera and region changes apply after the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Citizen card &amp;reader (name patterns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSAM reader (name patterns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Camera (e.g. camera:0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Idle lock (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shuffle the citizen&apos;s keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency server &amp;host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency &amp;database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::SupervisorConsole</name>
    <message>
        <location filename="../ui/supervisor/SupervisorConsole.cpp" line="+78"/>
        <source>The supervisor&apos;s console is for supervisors, administrators and auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Supervisor&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+416"/>
        <location line="+43"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-457"/>
        <source>Anomalies</source>
        <extracomment>tab: entries the anomaly rules flagged</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+262"/>
        <source>Approvals</source>
        <extracomment>tab: the queue of approval requests from counters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Dead letters</source>
        <extracomment>tab: operations the agency refused to accept (sync)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>From</source>
        <extracomment>audit log filter: start of the time range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <extracomment>audit log filter: end of the time range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>operator</source>
        <extracomment>audit log filter field: operator ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <extracomment>audit log filter: only entries that succeeded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <extracomment>audit log filter: only entries that failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>branch</source>
        <extracomment>audit log filter field: branch (office) ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counter</source>
        <extracomment>audit log filter field: service counter (terminal) ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exact ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>card / masked ID contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+138"/>
        <source>%p%</source>
        <extracomment>progress of the chain verification: percentage and entries checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Cancel</source>
        <extracomment>button: stop the running audit chain verification</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+193"/>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+253"/>
        <source>Entry</source>
        <extracomment>details of an audit entry: its sequence number
----------
anomaly list column: the flagged audit entry&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+253"/>
        <source>Time</source>
        <extracomment>details of an audit entry
----------
anomaly list column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Event</source>
        <extracomment>details of an audit entry: what happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <extracomment>details of an audit entry: %1 succeeded or failed, %2 the result (e.g. Wrong PIN)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+185"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+186"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Card status word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+246"/>
        <location line="+77"/>
        <location line="+346"/>
        <location line="+23"/>
        <source>Operator</source>
        <extracomment>details of an audit entry: who did it
----------
anomaly list column: who did the flagged thing
----------
approvals queue column: the clerk who asked
----------
operator accounts column: login ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-691"/>
        <source>Branch / counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <extracomment>details of an audit entry: done in training mode</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+419"/>
        <source>Operation</source>
        <extracomment>details of an audit entry: the operation&apos;s ID
----------
dead letters column: the refused operation&apos;s ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-418"/>
        <location line="+310"/>
        <source>ID number</source>
        <extracomment>approvals queue column: the holder&apos;s masked ID number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-309"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos</source>
        <extracomment>details of an audit entry: number of evidence photos</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <extracomment>details of an audit entry: service-specific details</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stored photo is not a readable JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo shown; the viewing is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying the audit chain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%p% (%1 of %2 entries)</source>
        <extracomment>%p% is the percentage (Qt fills it in), %1 entries checked, %2 entries in the chain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling the verification...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The verification could not be recorded in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification cancelled after %1 of %2 entries: no verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit chain is intact: %1 entries checked, last signed checkpoint at entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit chain is BROKEN at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>%1 entries exported to %2 (ID and card numbers masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Exported by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Only the first %1 entries; export CSV for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PDF could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+253"/>
        <source> days</source>
        <extracomment>suffix of a number of days, e.g. &quot;7 days&quot;
----------
suffix of a number of days, e.g. &quot;14 days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Scan</source>
        <extracomment>button: run the anomaly rules over the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look back</source>
        <extracomment>label before the number of days the anomaly scan covers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule</source>
        <extracomment>anomaly list column: which anomaly rule fired</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <extracomment>anomaly list column: what the rule saw</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <extracomment>anomaly list column: review state (open / reviewed by ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comment (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>open</source>
        <extracomment>review state of an anomaly flag: nobody has reviewed it yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewed by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requested</source>
        <extracomment>approvals queue column: when the counter asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <extracomment>approvals queue column: the service waiting for approval</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why</source>
        <extracomment>approvals queue column: why the region&apos;s rules need an approval</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter</source>
        <extracomment>approvals queue column: the service counter (terminal) that asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+352"/>
        <source>State</source>
        <extracomment>approvals queue column: waiting / approved / rejected / withdrawn
----------
operator accounts column: active / disabled / locked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Decision</source>
        <extracomment>approvals queue column: who decided, and their reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show decided requests</source>
        <extracomment>check box: also list the requests that were already decided or withdrawn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <extracomment>button: approve the selected request from a counter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject</source>
        <extracomment>button: reject the selected request from a counter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approved.</source>
        <extracomment>status line after a decision on a counter&apos;s request</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 at %2: %3</source>
        <extracomment>%1 who decided (or withdrew), %2 when, %3 their reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your own request: another supervisor must decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n request(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n request waiting for a decision.</numerusform>
            <numerusform>%n requests waiting for a decision.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operations the agency refused. The agency resolves them (conflicts view); here a supervisor acknowledges that they were seen and handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <extracomment>dead letters column: the operation&apos;s sequence number at this counter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused at</source>
        <extracomment>dead letters column: when the agency refused it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server&apos;s reason</source>
        <extracomment>dead letters column: the agency database&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comment</source>
        <extracomment>placeholder of the comment field for a dead letter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge</source>
        <extracomment>button: record that the supervisor saw the refused operation and handed it to the agency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This counter</source>
        <extracomment>dashboard scope: the figures of this service counter only (zh_CN: 本柜台)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole agency</source>
        <extracomment>dashboard scope: the figures of all counters from the agency database (zh_CN: 全机构)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh</source>
        <extracomment>button: read the dashboard figures again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <extracomment>label before the number of days the dashboard covers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This counter&apos;s figures from its local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agency database is configured for this counter: showing this counter&apos;s figures only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the agency&apos;s figures...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The agency database cannot be reached (%1). Showing this counter&apos;s figures from its local store instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Figures of all %n counter(s) the agency database shows to this counter, read at %1.</source>
        <translation>
            <numerusform>Figures of the %n counter the agency database shows to this counter, read at %1.</numerusform>
            <numerusform>Figures of all %n counters the agency database shows to this counter, read at %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Operations per day by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failures by reason (%1% of %2 operations)</source>
        <extracomment>%1 failure rate in percent, %2 number of operations</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Operations per operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operations</source>
        <extracomment>chart legend: number of operations</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync lag per counter (minutes since its last push to the agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync lag per counter (minutes of the oldest unsent operation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes</source>
        <extracomment>chart legend: the unit of the bars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (never pushed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 refused, %3 changes to pull)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2 waiting, %3 refused)</source>
        <extracomment>%1 counter ID, %2 operations waiting to be sent, %3 operations the agency refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+22"/>
        <source>Name</source>
        <extracomment>operator accounts column: display name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Role</source>
        <extracomment>operator accounts column: role (clerk, supervisor, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Branch</source>
        <extracomment>operator accounts column: branch (office) ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Operator created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operator updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>disabled</source>
        <extracomment>state of an operator account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carddesk::ui::SupervisorConsoleEntry</name>
    <message>
        <location filename="../ui/supervisor/SupervisorConsoleEntry.cpp" line="+13"/>
        <location line="+38"/>
        <location line="+7"/>
        <source>Supervisor&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The supervisor&apos;s console needs the counter&apos;s local store, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main/main.cpp" line="+80"/>
        <source>CardDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local database could not be opened: %1
Ask the administrator to check the data folder (carddesk-admin store check).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
