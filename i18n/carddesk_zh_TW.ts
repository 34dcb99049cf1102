<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnomalyRules</name>
    <message>
        <location filename="../app/supervision/AnomalyRules.cpp" line="+77"/>
        <source>only a supervisor or an administrator may change the anomaly rules</source>
        <translatorcomment>Run-time context copy of AnomalySettings: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>只有主管或管理員可以修改異常規則</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 at %2, outside the opening hours %3-%4</source>
        <extracomment>%1 service name, %2 local time, %3-%4 opening and closing time</extracomment>
        <translation>%1 發生於 %2，超出營業時間 %3-%4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 resets by %2 within an hour (limit %3)</source>
        <extracomment>%1 number of PIN/password resets, %2 operator ID, %3 the configured limit</extracomment>
        <translation>%2 在一小時內辦理了 %1 次重置（上限 %3 次）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>card %1 reset %2 times on %3 (limit %4)</source>
        <extracomment>%1 masked card number, %2 times, %3 date, %4 the configured limit</extracomment>
        <translation>卡片 %1 於 %3 被重置 %2 次（上限 %4 次）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 failed logins in a row for %2</source>
        <extracomment>%1 number of failed sign-ins, %2 operator ID</extracomment>
        <translation>%2 連續登錄失敗 %1 次</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 of %3 operations by %4 (%5%, limit %6%)</source>
        <extracomment>%1 what is counted (e.g. name-mismatch overrides), %2 of %3 operations, %4 operator ID, %5 its percentage, %6 the configured limit in percent</extracomment>
        <translation>%1：%4 辦理的 %3 筆業務中有 %2 筆（%5%，上限 %6%）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name-mismatch overrides</source>
        <translation>姓名不一致的人工確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual photo captures</source>
        <translation>手動拍照</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../app/audit/AuditChain.cpp" line="+247"/>
        <source>the counter&apos;s audit signing key cannot be decrypted: wrong key file?</source>
        <translation>無法解密本櫃台的審計簽名密鑰：密鑰文件是否有誤？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the counter&apos;s audit signing key is damaged</source>
        <translation>本櫃台的審計簽名密鑰已損壞</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot generate the counter&apos;s audit signing key</source>
        <translation>無法生成本櫃台的審計簽名密鑰</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the audit log is empty: there is nothing to sign</source>
        <translation>審計日誌為空：沒有可簽名的內容</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the audit checkpoint could not be signed (no signing key)</source>
        <translation>無法為審計檢查點簽名（沒有簽名密鑰）</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <location filename="../app/audit/AuditVerifier.cpp" line="+60"/>
        <source>the counter&apos;s audit signing key is missing</source>
        <translation>缺少本櫃台的審計簽名密鑰</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>verification cancelled before it started</source>
        <translation>校驗在開始前已取消</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>entry %1 is missing (the next entry found is %2)</source>
        <translation>缺少第 %1 條記錄（找到的下一條記錄是第 %2 條）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 is out of place: its content says it is entry %2</source>
        <translation>第 %1 條記錄位置不對：其內容表明它是第 %2 條記錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 does not link to entry %2 (an entry was inserted, removed or replaced)</source>
        <translation>第 %1 條記錄未與第 %2 條記錄相連（有記錄被插入、刪除或替換）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1 was modified: its hash does not match its content</source>
        <translation>第 %1 條記錄已被修改：其哈希值與內容不符</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+75"/>
        <source>the checkpoint at entry %1 has a bad signature</source>
        <translation>第 %1 條記錄處的檢查點簽名無效</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>entries %1 to %2 were rewritten: the chain no longer matches the checkpoint signed at entry %2</source>
        <translation>第 %1 至第 %2 條記錄被改寫：記錄鏈與第 %2 條記錄處已簽名的檢查點不再相符</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>verification cancelled after %1 of %2 entries</source>
        <translation>已校驗 %1 條記錄（共 %2 條）後取消了校驗</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>entries %1 to %2 are missing: the log was cut off before its last signed checkpoint (entry %2)</source>
        <translation>缺少第 %1 至第 %2 條記錄：日誌在最後一個已簽名的檢查點（第 %2 條記錄）之前被截斷</translation>
    </message>
</context>
<context>
    <name>CardResult</name>
    <message>
        <location filename="../smartcard/CardResult.cpp" line="+53"/>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrong PIN, %n tries left.</source>
        <extracomment>%n is the number of PIN tries left on the card</extracomment>
        <translation>
            <numerusform>密碼錯誤，還剩 %n 次機會。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN is blocked: the card needs an unblock at the counter.</source>
        <translation>密碼已鎖定：需在櫃台為此卡辦理密碼解鎖。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused: conditions of use not satisfied (the application may be locked).</source>
        <translation>卡片拒絕操作：不滿足使用條件（應用可能已被鎖定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused: security status not satisfied (authentication missing).</source>
        <translation>卡片拒絕操作：安全狀態不滿足（未經認證）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused: its PIN reference data is invalid.</source>
        <translation>卡片拒絕操作：卡內密碼參考數據無效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card rejected the security code (MAC): check the secure access module (PSAM).</source>
        <translation>卡片拒絕了安全校驗碼（MAC）：請檢查安全存取模塊（PSAM卡）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card has no social security application: is it the right card?</source>
        <translation>此卡沒有社會保障應用：是否插錯了卡？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record is missing on the card: the card may be damaged or not personalised.</source>
        <translation>卡內缺少記錄：此卡可能已損壞或未完成個人化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card does not have the required key.</source>
        <translation>卡內沒有所需的密鑰。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused the command length.</source>
        <translation>卡片拒絕了指令長度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s application is permanently locked: the card must be replaced.</source>
        <translation>卡片應用已永久鎖定：必須換卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card answered with an unexpected status %1.</source>
        <translation>卡片返回了意外的狀態碼 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s answer could not be read. Take the card out and insert it again.</source>
        <translation>無法讀取卡片的應答。請取出卡片後重新插入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not the expected card. Insert the citizen&apos;s social security card.</source>
        <translation>這不是預期的卡片。請插入參保人的社保卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No card in the reader. Insert the card with the chip facing up.</source>
        <translation>讀卡器中沒有卡片。請將卡片晶片朝上插入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The social security card is in the PSAM reader. Insert it in the customer&apos;s card reader instead.</source>
        <extracomment>PSAM: the security module card in the second reader. The customer&apos;s card reader is the one the citizen&apos;s social security card belongs in.</extracomment>
        <translation>社保卡插在了PSAM卡讀卡器中。請改為插入社保卡讀卡器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PSAM card is in the customer&apos;s card reader. Put it back in the PSAM reader, then insert the social security card.</source>
        <extracomment>PSAM: the security module card, which belongs in its own (second) reader.</extracomment>
        <translation>PSAM卡插在了社保卡讀卡器中。請將其插回PSAM卡讀卡器，然後插入社保卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The social security card is in another card reader. Insert it in the customer&apos;s card reader instead.</source>
        <translation>社保卡插在了其他讀卡器中。請改為插入社保卡讀卡器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card is in the wrong reader. Insert the social security card in the customer&apos;s card reader.</source>
        <translation>卡片插錯了讀卡器。請將社保卡插入社保卡讀卡器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card was removed during the operation. Insert it again and repeat.</source>
        <translation>操作過程中卡片被拔出。請重新插卡後再操作一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is not connected. Check its cable, then try again.</source>
        <translation>讀卡器未連接。請檢查連接線後重試。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is in use by another program.</source>
        <translation>讀卡器正被其他程序佔用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The smart card service (pcscd) is not running. Call support.</source>
        <translation>智能卡服務（pcscd）未運行。請聯繫技術支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication with the card reader failed. Try again.</source>
        <translation>與讀卡器通信失敗。請重試。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure access module (PSAM) is not available. Check the second card slot.</source>
        <translation>安全存取模塊（PSAM卡）不可用。請檢查第二個卡槽。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure access module (PSAM) refused the operation.</source>
        <translation>安全存取模塊（PSAM卡）拒絕了此操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN entry was cancelled on the PIN pad.</source>
        <translation>已在密碼鍵盤上取消輸入密碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN was entered on the PIN pad in time.</source>
        <translation>未在規定時間內在密碼鍵盤上輸入密碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown card error.</source>
        <translation>未知的卡片錯誤。</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../app/store/LocalStore.cpp" line="+218"/>
        <source>no database path is configured</source>
        <translation>未配置數據庫路徑</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database path %1 is a folder, not a file</source>
        <translation>數據庫路徑 %1 是文件夾，不是文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder of the database %1 does not exist</source>
        <translation>數據庫 %1 所在的文件夾不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no permission to write the database %1</source>
        <translation>沒有寫入數據庫 %1 的權限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no permission to create the database in %1</source>
        <translation>沒有在 %1 中創建數據庫的權限</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>cannot update the database to schema version %1: %2</source>
        <translation>無法將數據庫升級到結構版本 %1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the database was made by a newer CardDesk (schema %1, this one knows %2)</source>
        <translation>此數據庫由更新版本的 CardDesk 創建（結構版本 %1，本版本只支持到 %2）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the operation has no id: nothing was recorded</source>
        <translation>業務沒有編號：未記錄任何內容</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the photo could not be encrypted: nothing was recorded</source>
        <translation>無法加密照片：未記錄任何內容</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the operation could not be encrypted: nothing was recorded</source>
        <translation>無法加密業務數據：未記錄任何內容</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>a supervisor must sign in to approve</source>
        <translation>須由主管登錄後審批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the approval must come from another person than the clerk</source>
        <translation>審批人必須是櫃員以外的其他人</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a supervisor and cannot approve</source>
        <translation>%1 不是主管，不能審批</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>operation %1 is not waiting to be pushed</source>
        <translation>業務 %1 不在待上傳狀態</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the reference batch has an operator with no id or an unknown role (%1)</source>
        <translation>參考數據批次中有操作員沒有編號或角色未知（%1）</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+41"/>
        <source>the reference batch has a person without an ID number</source>
        <translation>參考數據批次中有人員沒有身份證號碼</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+34"/>
        <source>the reference batch has a card without a card number</source>
        <translation>參考數據批次中有卡片沒有卡號</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>%1 already exists: choose a new file for the backup</source>
        <translation>%1 已存在：請為備份選擇一個新文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create the backup file %1: %2</source>
        <translation>無法創建備份文件 %1：%2</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>there is no operation %1 on this counter</source>
        <translation>本櫃台沒有業務 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operation %1 is not an accepted reissue application</source>
        <translation>業務 %1 不是已受理的補卡申請</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application is &quot;%1&quot;: it cannot become &quot;%2&quot; (statuses only move forward)</source>
        <translation>申請狀態為「%1」：不能變為「%2」（狀態只能向前推進）</translation>
    </message>
    <message>
        <location filename="../app/store/StoreError.cpp" line="+44"/>
        <source>the local database is locked by another program: nothing was recorded, try again</source>
        <translation>本地數據庫被其他程序鎖定：未記錄任何內容，請重試</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full: nothing was recorded</source>
        <translation>磁盤已滿：未記錄任何內容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permission to write the local database: nothing was recorded</source>
        <translation>沒有寫入本地數據庫的權限：未記錄任何內容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local database cannot be opened (check its path and permissions)</source>
        <translation>無法打開本地數據庫（請檢查其路徑和權限）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local database file is damaged or is not a database</source>
        <translation>本地數據庫文件已損壞或不是數據庫文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk reported an error: nothing was recorded</source>
        <translation>磁盤報告錯誤：未記錄任何內容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the local database reported an error: nothing was recorded</source>
        <translation>本地數據庫報告錯誤：未記錄任何內容</translation>
    </message>
</context>
<context>
    <name>OperatorAccounts</name>
    <message>
        <location filename="../app/operators/OperatorAccounts.cpp" line="+157"/>
        <source>an operator id must be one word</source>
        <translation>操作員工號必須是一個詞（不能含空格）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown role &apos;%1&apos;: use clerk, teller, supervisor or administrator</source>
        <translation>未知角色「%1」：請使用 clerk（櫃員）、teller（銀行櫃員）、supervisor（主管）或 administrator（管理員）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <source>the password must have at least %1 characters</source>
        <translation>密碼至少需要 %1 個字符</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <source>the password could not be hashed</source>
        <translation>無法計算密碼的哈希值</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>an administrator already exists</source>
        <translation>管理員已存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>operator %1 already exists</source>
        <translation>操作員 %1 已存在</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+43"/>
        <source>no operator %1</source>
        <translation>沒有操作員 %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>this account is locked after too many failed attempts: an administrator must reset its password</source>
        <translation>此帳號因失敗次數過多已被鎖定：須由管理員重置其密碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this account is disabled</source>
        <translation>此帳號已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong operator name or password</source>
        <translation>操作員工號或密碼錯誤</translation>
    </message>
</context>
<context>
    <name>OperatorAdministration</name>
    <message>
        <location filename="../app/supervision/OperatorAdministration.cpp" line="+30"/>
        <source>only an administrator may change operator accounts</source>
        <translation>只有管理員可以修改操作員帳號</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this role may not see operator accounts</source>
        <translation>此角色無權查看操作員帳號</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an administrator cannot disable their own account</source>
        <translation>管理員不能停用自己的帳號</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown role &apos;%1&apos;</source>
        <translation>未知角色「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no operator &apos;%1&apos;</source>
        <translation>沒有操作員「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an administrator cannot take away their own administrator role</source>
        <translation>管理員不能取消自己的管理員角色</translation>
    </message>
</context>
<context>
    <name>StoreCrypto</name>
    <message>
        <location filename="../app/store/StoreCrypto.cpp" line="+57"/>
        <source>no key file is configured</source>
        <translation>未配置密鑰文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the key directory %1</source>
        <translation>無法創建密鑰目錄 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the system random generator failed</source>
        <translation>系統隨機數生成器故障</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create the key file %1: %2</source>
        <translation>無法創建密鑰文件 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write the key file %1</source>
        <translation>無法寫入密鑰文件 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the key file %1: %2</source>
        <translation>無法讀取密鑰文件 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file %1 is not a regular file</source>
        <translation>密鑰文件 %1 不是普通文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file %1 can be read by other users (mode %2): it must be 0600</source>
        <translation>密鑰文件 %1 可被其他用戶讀取（權限 %2）：權限必須為 0600</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key file %1 is damaged: it must hold exactly 32 bytes</source>
        <translation>密鑰文件 %1 已損壞：它必須恰好包含 32 個字節</translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message>
        <location filename="../app/supervision/SupervisionText.cpp" line="+26"/>
        <source>PIN reset</source>
        <translation>晶片密碼重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN change</source>
        <translation>晶片密碼修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN unblock</source>
        <translation>晶片密碼解鎖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss report</source>
        <translation>掛失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reissue</source>
        <translation>補卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service password reset</source>
        <translation>服務密碼重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-certificate password reset</source>
        <translation>醫保電子憑證密碼重置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in</source>
        <translation>登錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>登錄失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor sign-in for approval</source>
        <translation>主管登錄審批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed supervisor sign-in for approval</source>
        <translation>主管審批登錄失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved at the counter</source>
        <translation>櫃台現場審批通過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval refused (role)</source>
        <translation>拒絕審批（角色無權限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval requested</source>
        <translation>提出審批申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval granted</source>
        <translation>審批通過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rejected</source>
        <translation>審批被駁回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval request withdrawn</source>
        <translation>撤回審批申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name mismatch overridden</source>
        <translation>姓名不一致已人工確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Photo captured manually</source>
        <translation>手動拍照</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Evidence photo viewed</source>
        <translation>查看存證照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence photo refused</source>
        <translation>拒絕查看存證照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anomaly reviewed</source>
        <translation>異常已覆核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log exported</source>
        <translation>導出審計日誌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit chain verified</source>
        <translation>校驗審計鏈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console access refused</source>
        <translation>拒絕訪問主管控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letter acknowledged</source>
        <translation>確認知悉被拒業務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First administrator created</source>
        <translation>創建首位管理員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator added</source>
        <translation>添加操作員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator disabled</source>
        <translation>停用操作員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator enabled</source>
        <translation>啟用操作員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator password reset</source>
        <translation>重置操作員密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator role changed</source>
        <translation>變更操作員角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator change refused</source>
        <translation>拒絕修改操作員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>變更設置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the agency</source>
        <translation>經辦機構拒收</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clerk</source>
        <extracomment>operator role: front-desk clerk</extracomment>
        <translation>櫃員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teller</source>
        <extracomment>operator role: counter teller</extracomment>
        <translation>銀行櫃員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auditor</source>
        <extracomment>operator role: read-only reviewer of the audit log</extracomment>
        <translation>審計員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <extracomment>who made a change: the agency (经办机构), e.g. a reissue status that came through sync</extracomment>
        <translation>經辦機構</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent acting for the holder</source>
        <extracomment>why approval is needed: someone acts for the card holder</extracomment>
        <translation>代辦人代為辦理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian acting for the holder</source>
        <extracomment>why approval is needed: a guardian acts for a minor or ward</extracomment>
        <translation>監護人代為辦理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the card differs from the ID</source>
        <translation>卡上姓名與身份證不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number typed in by hand</source>
        <translation>手動輸入身份證號碼</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <extracomment>state of an approval request</extracomment>
        <translation>待審批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <extracomment>state of an approval request</extracomment>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <extracomment>state of an approval request</extracomment>
        <translation>已駁回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <extracomment>state of an approval request: the counter took it back</extracomment>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <extracomment>result of an operation</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN</source>
        <translation>密碼錯誤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN blocked</source>
        <translation>密碼已鎖定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card refused: conditions not met</source>
        <translation>卡片拒絕：不滿足使用條件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card refused: not authorised</source>
        <translation>卡片拒絕：未經授權</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card data invalid</source>
        <translation>卡片數據無效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure messaging check failed</source>
        <translation>安全報文校驗失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card application locked</source>
        <translation>卡片應用已鎖定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong card</source>
        <translation>卡片不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card</source>
        <translation>無卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card removed</source>
        <translation>卡片已拔出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reader</source>
        <translation>無讀卡器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader busy</source>
        <translation>讀卡器被佔用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader communication error</source>
        <translation>讀卡器通信錯誤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security module unavailable</source>
        <translation>安全模塊無法使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security module error</source>
        <translation>安全模塊錯誤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled on the PIN pad</source>
        <translation>已在密碼鍵盤上取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN pad timed out</source>
        <translation>密碼鍵盤輸入超時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <extracomment>result of an operation</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card changed but not recorded</source>
        <translation>卡片已變更但未記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password</source>
        <translation>登錄密碼錯誤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <extracomment>result of a sign-in: the account is locked</extracomment>
        <translation>帳號已鎖定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <extracomment>result of a sign-in: the account is disabled</extracomment>
        <translation>帳號已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown account or no password</source>
        <translation>帳號不存在或未設置密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role not allowed</source>
        <extracomment>result: refused because of the operator&apos;s role</extracomment>
        <translation>角色無權限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <extracomment>result: refused (by the agency or a supervisor)</extracomment>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <extracomment>result code missing or not known</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Many resets by one operator in an hour</source>
        <translation>同一操作員一小時內重置次數過多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same card reset more than once a day</source>
        <translation>同一張卡一天內多次重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside opening hours</source>
        <translation>非營業時間辦理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many name-mismatch overrides</source>
        <translation>姓名不一致人工確認次數過多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many manual photo captures</source>
        <translation>手動拍照次數過多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-ins in a row</source>
        <translation>連續登錄失敗</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../app/supervision/SupervisorActions.cpp" line="+50"/>
        <source>the role %1 may not %2</source>
        <extracomment>%1 the operator&apos;s role (e.g. Auditor), %2 what was refused (e.g. approve or reject requests)</extracomment>
        <translation>角色「%1」無權%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>an approval request needs the service and the reason</source>
        <translation>審批申請須註明業務和原因</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the request %1 is no longer pending (already decided?)</source>
        <translation>申請 %1 已不在待審批狀態（是否已處理？）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>see the approvals queue</source>
        <translation>查看審批隊列</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>approve or reject requests</source>
        <translation>批准或駁回申請</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give a reason for the decision</source>
        <translation>請填寫決定的理由</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>no pending request %1 (already decided or withdrawn?)</source>
        <translation>沒有待審批的申請 %1（是否已處理或已撤回？）</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>a request must be decided by another person than the one who asked</source>
        <translation>申請必須由申請人以外的其他人處理</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>mark anomalies reviewed</source>
        <translation>將異常標記為已覆核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a review needs a comment</source>
        <translation>覆核須填寫意見</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>view evidence photos</source>
        <translation>查看存證照片</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the photo %1 is not in this store (or cannot be decrypted)</source>
        <translation>照片 %1 不在此數據庫中（或無法解密）</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>export the audit log</source>
        <translation>導出審計日誌</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>verify the audit chain</source>
        <translation>校驗審計鏈</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>see the sync dead letters</source>
        <translation>查看同步被拒業務</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>acknowledge dead letters</source>
        <translation>確認知悉被拒業務</translation>
    </message>
</context>
<context>
    <name>carddesk::AuditedSettings</name>
    <message>
        <location filename="../app/config/AuditedSettings.cpp" line="+76"/>
        <source>&quot;%1&quot; is not a CardDesk setting: nothing was saved.</source>
        <translation>「%1」不是 CardDesk 的設置項：未保存任何內容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is locked by the administrator&apos;s system settings: nothing was saved.</source>
        <translation>「%1」已被管理員的系統設置鎖定：未保存任何內容。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; cannot be changed: nothing was saved.</source>
        <translation>「%1」無法變更：未保存任何內容。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The settings file %1 cannot be written: nothing was saved.</source>
        <translation>無法寫入設置文件 %1：未保存任何內容。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The change could not be recorded in the audit log (%1): nothing was saved.</source>
        <translation>無法將變更記入審計日誌（%1）：未保存任何內容。</translation>
    </message>
</context>
<context>
    <name>carddesk::ECertificatePasswordResetWorkflow</name>
    <message>
        <location filename="../app/workflow/PasswordRequestWorkflows.cpp" line="+31"/>
        <source>Next step</source>
        <translatorcomment>Run-time context copy of ECertificatePasswordResetWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>後續步驟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The holder sets a new electronic certificate password in the national medical insurance app once the agency has processed the request.</source>
        <translatorcomment>Run-time context copy of ECertificatePasswordResetWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>經辦機構處理申請後，持卡人在國家醫保服務平台APP中設置新的醫保電子憑證密碼。</translation>
    </message>
</context>
<context>
    <name>carddesk::IdNumber</name>
    <message>
        <location filename="../app/identity/IdNumber.cpp" line="+18"/>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tianjin</source>
        <translation>天津</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hebei</source>
        <translation>河北</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shanxi</source>
        <translation>山西</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner Mongolia</source>
        <translation>內蒙古</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaoning</source>
        <translation>遼寧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jilin</source>
        <translation>吉林</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heilongjiang</source>
        <translation>黑龍江</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jiangsu</source>
        <translation>江蘇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zhejiang</source>
        <translation>浙江</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anhui</source>
        <translation>安徽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fujian</source>
        <translation>福建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jiangxi</source>
        <translation>江西</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shandong</source>
        <translation>山東</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Henan</source>
        <translation>河南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hubei</source>
        <translation>湖北</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hunan</source>
        <translation>湖南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guangdong</source>
        <translation>廣東</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guangxi</source>
        <translation>廣西</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hainan</source>
        <translation>海南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chongqing</source>
        <translation>重慶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sichuan</source>
        <translation>四川</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guizhou</source>
        <translation>貴州</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yunnan</source>
        <translation>雲南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibet</source>
        <translation>西藏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaanxi</source>
        <translation>陝西</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gansu</source>
        <translation>甘肅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qinghai</source>
        <translation>青海</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ningxia</source>
        <translation>寧夏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xinjiang</source>
        <translation>新疆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>澳門</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The ID number is valid.</source>
        <translatorcomment>Run-time context copy of IdNumber: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證號碼有效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ID number was entered.</source>
        <translatorcomment>Run-time context copy of IdNumber: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未輸入身份證號碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ID number has 18 characters (old numbers: 15 digits).</source>
        <translatorcomment>Run-time context copy of IdNumber: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證號碼為 18 位（舊號碼為 15 位數字）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ID number has only digits; only the last of 18 characters may be X.</source>
        <translatorcomment>Run-time context copy of IdNumber: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證號碼只能包含數字；18 位號碼只有最後一位可以是 X。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first two digits are not a province code: check the number.</source>
        <translatorcomment>Run-time context copy of IdNumber: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>前兩位不是有效的省份代碼：請核對號碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits 7 to 14 are not a real date of birth: check the number.</source>
        <translatorcomment>Run-time context copy of IdNumber: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>第 7 至 14 位不是有效的出生日期：請核對號碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth in the number lies in the future.</source>
        <translatorcomment>Run-time context copy of IdNumber: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>號碼中的出生日期晚於今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last character does not match the others: a digit was probably mistyped.</source>
        <translatorcomment>Run-time context copy of IdNumber: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>最後一位校驗碼與其他各位不符：可能輸錯了某一位數字。</translation>
    </message>
</context>
<context>
    <name>carddesk::LossReportWorkflow</name>
    <message>
        <location filename="../app/workflow/CardlessWorkflows.cpp" line="+25"/>
        <source>The card is not in this counter&apos;s reference data: the agency matches the report by ID number.</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>本櫃台的參考數據中沒有此卡：經辦機構將按身份證號碼匹配此掛失。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card is already reported lost.</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此卡已掛失。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card has been cancelled: there is nothing to report.</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此卡已註銷：無需掛失。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No details are being asked for at the moment.</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>當前不需要填寫業務信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temporary report cannot lie in the future.</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>臨時掛失的時間不能晚於現在。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The temporary loss report is older than %n hour(s): it has lapsed, this is a new report.</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>
            <numerusform>臨時掛失已超過 %n 小時：臨時掛失已失效，本次按新掛失辦理。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Card reported lost</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已掛失的卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(matched by ID number)</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>（按身份證號碼匹配）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporary report</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>臨時掛失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed within the deadline</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已在期限內確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lapsed; recorded as a new report</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已失效；按新掛失記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>後續步驟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A replacement card can be applied for now.</source>
        <translatorcomment>Run-time context copy of LossReportWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>現在可以申請補卡。</translation>
    </message>
</context>
<context>
    <name>carddesk::ManualIdEntry</name>
    <message>
        <location filename="../app/devices/IdDocumentReader.cpp" line="+11"/>
        <source>Manual entry</source>
        <translatorcomment>Run-time context copy of ManualIdEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>手動錄入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the name as printed on the ID card.</source>
        <translatorcomment>Run-time context copy of ManualIdEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請按身份證上印的姓名輸入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth does not match the ID number: check both.</source>
        <translatorcomment>Run-time context copy of ManualIdEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>出生日期與身份證號碼不符：請核對兩者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sex does not match the ID number: check both.</source>
        <translatorcomment>Run-time context copy of ManualIdEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>性別與身份證號碼不符：請核對兩者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the end of the ID card&apos;s validity (or mark it as long-term).</source>
        <translatorcomment>Run-time context copy of ManualIdEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請輸入身份證有效期的截止日期（或勾選「長期」）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The validity ends before it starts: check the dates.</source>
        <translatorcomment>Run-time context copy of ManualIdEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>有效期的截止日期早於起始日期：請核對日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ID document is being asked for at the moment.</source>
        <translatorcomment>Run-time context copy of ManualIdEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>當前不需要讀取身份證件。</translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoCapture</name>
    <message>
        <location filename="../app/photo/CaptureSession.cpp" line="+121"/>
        <source>The picture could not be encoded.</source>
        <translatorcomment>Run-time context copy of PhotoCapture: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法對圖片進行編碼。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No picture source is configured.</source>
        <translatorcomment>Run-time context copy of PhotoCapture: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未配置圖像來源。</translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoGuidance</name>
    <message>
        <location filename="../app/photo/FaceAnalyzer.cpp" line="+89"/>
        <source>Faces</source>
        <translation>人臉數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face size</source>
        <translation>臉部大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizontal position</source>
        <translation>水平位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space above the head</source>
        <translation>頭頂距離</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eye line</source>
        <translation>眼睛位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exposure</source>
        <translation>曝光</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background whiteness</source>
        <translation>背景白度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background evenness</source>
        <translation>背景均勻度</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The face detection data is missing (%1). Install the Debian package opencv-data, or take the photo manually.</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>缺少人臉檢測數據（%1）。請安裝 Debian 軟件包 opencv-data，或手動拍照。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The face detection data in %1 cannot be read.</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法讀取 %1 中的人臉檢測數據。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No picture from the camera</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>攝像頭沒有畫面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face detection is not available: take the photo manually</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>人臉檢測不可用：請手動拍照</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please look straight at the camera</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請正對鏡頭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one face detected: only the citizen may be in the picture</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>檢測到多張人臉：畫面中只能有辦理人本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough light</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>光線不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too much light on the face</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>臉部光線過強</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please come a little closer</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請靠近一點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please move back a little</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請後退一點</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please move a little to your left</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請向您的左邊移一點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please move a little to your right</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請向您的右邊移一點</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please move a little lower</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請稍微往下一點</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Please move a little higher</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請稍微往上一點</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please hold still</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>保持不動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The background must be white</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>背景需為白色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The background must be evenly lit</source>
        <translatorcomment>Run-time context copy of PhotoGuidance: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>背景光線需均勻</translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoOutput</name>
    <message>
        <location filename="../app/photo/CardPhotoMaker.cpp" line="+100"/>
        <source>There is no colour picture to make the card photo from.</source>
        <translatorcomment>Run-time context copy of PhotoOutput: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>沒有可用於製作制證照片的彩色圖像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card photo region lies outside the picture.</source>
        <translatorcomment>Run-time context copy of PhotoOutput: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>制證照片的裁剪區域超出了圖像範圍。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The card photo could not be encoded as JPEG.</source>
        <translatorcomment>Run-time context copy of PhotoOutput: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法將制證照片編碼為 JPEG。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The card photo is %1 KB even at JPEG quality %2, above the limit of %3 KB: the picture is too noisy; improve the light and try again.</source>
        <translatorcomment>Run-time context copy of PhotoOutput: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>即使 JPEG 質量為 %2，制證照片仍有 %1 KB，超過 %3 KB 的上限：圖像噪點太多；請改善光線後重試。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The card photo is only %1 KB even at JPEG quality 100, below the minimum of %2 KB: the picture has too little detail (out of focus?).</source>
        <translatorcomment>Run-time context copy of PhotoOutput: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>即使 JPEG 質量為 100，制證照片也只有 %1 KB，低於 %2 KB 的下限：圖像細節太少（是否失焦？）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No JPEG quality gives a card photo between %1 and %2 KB (quality %3 gives %4 KB): the region&apos;s size bounds are too narrow.</source>
        <translatorcomment>Run-time context copy of PhotoOutput: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>沒有任何 JPEG 質量能使制證照片大小在 %1 至 %2 KB 之間（質量 %3 時為 %4 KB）：本地區的文件大小範圍過窄。</translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoSource</name>
    <message>
        <location filename="../app/photo/FrameSource.cpp" line="+42"/>
        <source>The picture %1 does not exist.</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>圖片 %1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture %1 cannot be opened: %2</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法打開圖片 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a picture that can be read (JPEG, PNG or BMP).</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>%1 不是可讀取的圖片（JPEG、PNG 或 BMP）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Camera %1 (%2x%3)</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>攝像頭 %1（%2×%3）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>Use a still picture or upload a photo instead.</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請改用靜態照片或上傳照片。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No camera at %1: is it plugged in?</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>%1 處沒有攝像頭：是否已連接？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The camera %1 may not be used by this account (add it to the group &apos;video&apos;).</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此帳戶無權使用攝像頭 %1（請將帳戶加入「video」組）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The camera %1 cannot be opened: another program may be using it.</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法打開攝像頭 %1：可能正被其他程序佔用。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The camera %1 was unplugged.</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>攝像頭 %1 已被拔出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera %1 stopped delivering pictures.</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>攝像頭 %1 已停止輸出畫面。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Video file %1</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>視頻文件 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video file %1 does not exist.</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>視頻文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The video file %1 cannot be decoded.</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法解碼視頻文件 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The video file %1 is not open.</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>視頻文件 %1 未打開。</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Image sequence of %n picture(s)</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>
            <numerusform>包含 %n 張圖片的圖像序列</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image sequence has no pictures.</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>圖像序列中沒有圖片。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Uploaded picture</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>上傳的圖片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture %1</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>圖片 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The uploaded picture is empty or not a colour picture.</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>上傳的圖片為空或不是彩色圖片。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The picture is not open.</source>
        <translatorcomment>Run-time context copy of PhotoSource: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>圖片未打開。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a picture source: use camera:N, video:FILE, images:DIR or still:FILE.</source>
        <translation>「%1」不是有效的圖像來源：請使用 camera:N、video:FILE、images:DIR 或 still:FILE。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>camera</source>
        <translation>攝像頭</translation>
    </message>
    <message>
        <location filename="../app/photo/OpenCvPlugin.cpp" line="+42"/>
        <source>The camera and face detection support %1 cannot be loaded: %2. Reinstall the carddesk package.</source>
        <translation>無法加載攝像頭與人臉檢測支持組件 %1：%2。請重新安裝 carddesk 軟件包。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The camera and face detection support %1 belongs to another version of CardDesk. Reinstall the carddesk package.</source>
        <translation>攝像頭與人臉檢測支持組件 %1 屬於其他版本的 CardDesk。請重新安裝 carddesk 軟件包。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The camera and face detection support (%1) is not installed: it was looked for in %2. Reinstall the carddesk package.</source>
        <translation>未安裝攝像頭與人臉檢測支持組件（%1）：已在 %2 中查找。請重新安裝 carddesk 軟件包。</translation>
    </message>
</context>
<context>
    <name>carddesk::PinChangeWorkflow</name>
    <message>
        <location filename="../app/workflow/CardPinWorkflows.cpp" line="+41"/>
        <source>The citizen now types the current PIN, then the new PIN twice, on the reader&apos;s PIN pad.</source>
        <translation>請參保人現在在讀卡器密碼鍵盤上先輸入原密碼，再輸入兩次新密碼。</translation>
    </message>
</context>
<context>
    <name>carddesk::PinPolicy</name>
    <message>
        <location filename="../app/domain/PinPolicy.cpp" line="+89"/>
        <source>The new PIN must have exactly the required number of digits.</source>
        <translatorcomment>Run-time context copy of PinPolicy: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>新密碼的位數必須與規定的位數一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN may contain digits only.</source>
        <translatorcomment>Run-time context copy of PinPolicy: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>新密碼只能包含數字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not be the initial PIN</source>
        <translatorcomment>Run-time context copy of PinPolicy: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>新密碼不能是初始密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not be the date of birth</source>
        <translatorcomment>Run-time context copy of PinPolicy: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>新密碼不能是出生日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not repeat one digit</source>
        <translatorcomment>Run-time context copy of PinPolicy: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>新密碼不能由同一個數字重複組成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not be a run of consecutive digits</source>
        <translatorcomment>Run-time context copy of PinPolicy: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>新密碼不能是連續的數字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must differ from the current PIN</source>
        <translatorcomment>Run-time context copy of PinPolicy: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>新密碼必須與原密碼不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two entries of the new PIN are not the same</source>
        <translatorcomment>Run-time context copy of PinPolicy: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>兩次輸入的新密碼不一致</translation>
    </message>
</context>
<context>
    <name>carddesk::PluginLibrary</name>
    <message>
        <location filename="../app/core/PluginLibrary.cpp" line="+70"/>
        <source>%1 cannot be loaded from %2: %3. Reinstall the carddesk package.</source>
        <extracomment>%1 a feature (&quot;The supervisors&apos; charts&quot;), %2 a file, %3 the system&apos;s reason</extracomment>
        <translation>無法從 %2 加載%1：%3。請重新安裝 carddesk 軟件包。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in %2 belongs to another version of CardDesk. Reinstall the carddesk package.</source>
        <extracomment>%1 a feature, %2 a file</extracomment>
        <translation>%2 中的%1屬於其他版本的 CardDesk。請重新安裝 carddesk 軟件包。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not installed (%2 was looked for in %3). Reinstall the carddesk package.</source>
        <extracomment>%1 a feature, %2 a file name, %3 the folders looked in</extracomment>
        <translation>未安裝%1（已在 %3 中查找 %2）。請重新安裝 carddesk 軟件包。</translation>
    </message>
</context>
<context>
    <name>carddesk::ReaderPinPad</name>
    <message>
        <location filename="../app/devices/ReaderPinPad.cpp" line="+41"/>
        <source>Reader PIN pad</source>
        <translation>讀卡器密碼鍵盤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN pad of %1</source>
        <translation>%1 的密碼鍵盤</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reader&apos;s PIN pad takes the PIN during the card command: it never passes it on.</source>
        <translation>讀卡器密碼鍵盤在執行卡片指令時直接接收密碼，不會向外發送。</translation>
    </message>
</context>
<context>
    <name>carddesk::RegionProfile</name>
    <message>
        <location filename="../app/domain/RegionProfile.cpp" line="+45"/>
        <source>Region profile: &quot;%1&quot; must be a whole number.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：「%1」必須是整數。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region profile: &quot;%1&quot; must be between %2 and %3 (it is %4).</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：「%1」必須在 %2 至 %3 之間（當前為 %4）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Region profile: &quot;%1&quot; must be text.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：「%1」必須是文本。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Region profile: &quot;%1&quot; must be true or false.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：「%1」必須是 true 或 false。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Region profile: &quot;%1&quot; must be an object.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：「%1」必須是對象。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Region profile: unknown setting &quot;%1&quot;.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：未知的設置項「%1」。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Region profile: &quot;initialPin.rule&quot; must be one of fixed, id-last-six, birth-date-yymmdd, card-number-last-six (it is &quot;%1&quot;).</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：「initialPin.rule」必須是 fixed、id-last-six、birth-date-yymmdd、card-number-last-six 之一（當前為「%1」）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Region profile: &quot;approvalRequiredFor&quot; must be a list of reasons.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：「approvalRequiredFor」必須是原因列表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region profile: &quot;approvalRequiredFor&quot; names an unknown reason &quot;%1&quot;; known: %2.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：「approvalRequiredFor」中有未知的原因「%1」；已知原因：%2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region profile: &quot;id&quot; must be a plain name such as &quot;nanjing&quot;.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：「id」必須是簡單名稱，例如「nanjing」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region profile: &quot;initialPin.value&quot; must be %1 digits, the PIN length.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：「initialPin.value」必須是 %1 位數字（即密碼長度）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region profile: the initial PIN rule &quot;%1&quot; makes six digits, but &quot;pin.length&quot; is %2.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：初始密碼規則「%1」生成 6 位數字，但「pin.length」為 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region profile: &quot;photo.minBytes&quot; is larger than &quot;photo.maxBytes&quot;.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：「photo.minBytes」大於「photo.maxBytes」。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Region profile %1 cannot be read: %2</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法讀取地區配置 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region profile %1 is not valid JSON (at byte %2: %3).</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置 %1 不是有效的 JSON（第 %2 字節處：%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an object</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>不是對象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Region profile %1 says its id is &quot;%2&quot;; the file name says &quot;%3&quot;.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置 %1 中的 id 為「%2」，但文件名為「%3」。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a region name.</source>
        <translatorcomment>Run-time context copy of RegionProfile: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>「%1」不是有效的地區名稱。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The region file %1 replaces the built-in profile &quot;%2&quot; but cannot be used: %3 Correct or remove the file.</source>
        <translation>地區文件 %1 取代內置的地區配置「%2」，但無法使用：%3 請修正或刪除該文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no region profile &quot;%1&quot; (looked in %2 and the built-in profiles).</source>
        <translation>沒有地區配置「%1」（已在 %2 及內置配置中查找）。</translation>
    </message>
</context>
<context>
    <name>carddesk::ReissueWorkflow</name>
    <message>
        <location filename="../app/workflow/CardlessWorkflows.cpp" line="+23"/>
        <source>A replacement card has already been applied for.</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已經申請過補卡。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No details are being asked for at the moment.</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>當前不需要填寫業務信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card is not reported lost: report the loss first (or choose another reason).</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此卡尚未掛失：請先辦理掛失（或選擇其他原因）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This region does not mail cards: the holder collects the card at the branch.</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>本地區不提供郵寄：持卡人需到網點領卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the full mailing address.</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請輸入完整的郵寄地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a telephone number for the courier.</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請輸入供快遞聯繫的電話號碼。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Fee</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>費用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 yuan</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>%1 元</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Delivery</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>領取方式</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>By mail to %1</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>郵寄至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collect at this branch</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>在本網點領取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>製卡進度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected ready</source>
        <translatorcomment>Run-time context copy of ReissueWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>預計製成時間</translation>
    </message>
</context>
<context>
    <name>carddesk::ServicePasswordResetWorkflow</name>
    <message>
        <location filename="../app/workflow/PasswordRequestWorkflows.cpp" line="-15"/>
        <source>Next step</source>
        <translatorcomment>Run-time context copy of ServicePasswordResetWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>後續步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency resets the password and informs the holder through the registered mobile number.</source>
        <translatorcomment>Run-time context copy of ServicePasswordResetWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>經辦機構重置密碼後，將通過登記的手機號碼通知持卡人。</translation>
    </message>
</context>
<context>
    <name>carddesk::ServiceWorkflow</name>
    <message>
        <location filename="../app/workflow/ServiceWorkflow.cpp" line="+82"/>
        <source>This workflow has already been started.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此業務流程已經開始。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An auditor account cannot carry out services. Sign in with a clerk or teller account.</source>
        <translation>審計員帳號不能辦理業務。請使用櫃員或銀行櫃員帳號登錄。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The counter is not set up for this service (%1 missing).</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>本櫃台未配置此業務（缺少 %1）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Scan the proof of guardianship (household register or birth certificate).</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請掃描監護關係證明（戶口簿或出生醫學證明）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the authorisation signed by the card holder.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請掃描持卡人簽字的授權委託書。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Read the agent&apos;s ID card.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請讀取代辦人的身份證。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the card holder&apos;s ID card.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請讀取持卡人的身份證。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ID card could not be read: %1</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法讀取身份證：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The number on the holder&apos;s ID card is not valid: %1</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>持卡人身份證上的號碼無效：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The holder&apos;s ID card has expired: it cannot be accepted.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>持卡人的身份證已過期：不能受理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder&apos;s ID card is not valid yet.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>持卡人的身份證尚未生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The holder is not a minor: a guardian cannot act for them (use the proxy service).</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>持卡人不是未成年人：監護人不能為其代辦（請按代辦業務辦理）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The holder is younger than %1: a guardian must apply for them.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>持卡人未滿 %1 歲：須由監護人代為申請。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The number on the agent&apos;s ID card is not valid: %1</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>代辦人身份證上的號碼無效：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s ID card is not valid today.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>代辦人的身份證目前不在有效期內。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s ID card is the holder&apos;s own: read the agent&apos;s card (or use the normal service).</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>讀到的是持卡人本人的身份證：請讀取代辦人的身份證（或按本人辦理）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is a minor and cannot act for someone else.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>代辦人是未成年人，不能為他人代辦。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No authorisation is being asked for at the moment.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>當前不需要授權材料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan of the document is empty: scan it again.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>證件掃描結果為空：請重新掃描。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The card could not be read: %1</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法讀卡：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ID number on the card is not the one on the ID card: the operation is refused.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡內的身份證號碼與身份證上的號碼不一致：拒絕辦理。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chip PIN is blocked: it cannot be changed. Use the PIN reset or unblock service.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>晶片密碼已鎖定，不能修改。請辦理密碼重置或密碼解鎖。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The chip PIN has %n try(s) left.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>
            <numerusform>晶片密碼還剩 %n 次嘗試機會。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card expired on %1.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此卡已於 %1 過期。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No reference data on this counter: the card&apos;s status cannot be checked.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>本櫃台沒有參考數據：無法核查卡片狀態。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card is reported lost: it cannot be used. Apply for a replacement card.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此卡已掛失，不能使用。請申請補卡。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card has been cancelled: it cannot be used.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此卡已註銷，不能使用。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The name on the ID card differs from the name on record: compare them.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證上的姓名與登記的姓名不一致：請核對。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The names match except for %n rare character(s) the card cannot store.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>
            <numerusform>除 %n 個卡內無法存儲的生僻字外，姓名一致。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The clerk refused: the names do not belong to one person.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>櫃員已拒絕：姓名不屬於同一人。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The confirmation could not be recorded (%1): the operation cannot continue.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法記錄確認結果（%1）：業務無法繼續。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No photo is being asked for at the moment.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>當前不需要照片。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo is empty: take it again.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>照片為空：請重新拍照。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The card photo is %1 KB; this region needs %2 to %3 KB. Take or compress it again.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>制證照片為 %1 KB；本地區要求 %2 至 %3 KB。請重新拍照或重新壓縮。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The manual capture could not be recorded (%1): the operation cannot continue.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法記錄手動拍照（%1）：業務無法繼續。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A photo is required for this holder.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此持卡人必須拍照。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No photo: the holder is younger than %1.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無需照片：持卡人未滿 %1 歲。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The citizen cancelled the PIN entry.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>參保人取消了密碼輸入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody entered a PIN in time.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未在規定時間內輸入密碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN entry device failed: %1</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>密碼輸入設備故障：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+16"/>
        <source>No acceptable new PIN was entered: %1</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未輸入符合要求的新密碼：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A supervisor&apos;s approval is needed but cannot be given here.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>需要主管審批，但無法在此處審批。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor must approve this operation.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此業務須經主管審批。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+72"/>
        <source>The supervisor&apos;s sign-in is still being checked.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正在核驗主管的登錄信息。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Another person must approve: operators cannot approve their own operations.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>須由他人審批：操作員不能審批自己辦理的業務。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not approved: %1</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未獲審批：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supervisor could not be authenticated</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>主管身份驗證失敗</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This counter cannot send approval requests to the supervisors.</source>
        <translation>本櫃台無法向主管發送審批申請。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request is already waiting in the supervisors&apos; queue.</source>
        <translation>此申請已在主管審批隊列中等待。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request could not be sent to the supervisors: %1</source>
        <translation>無法將申請發送給主管：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent to the supervisors: waiting for their decision.</source>
        <translation>已發送給主管：等待主管審批。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The approval request is no longer in the supervisors&apos; queue: send it again or ask a supervisor to sign here.</source>
        <translation>審批申請已不在主管審批隊列中：請重新發送，或請主管在此登錄審批。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>The approval request was withdrawn.</source>
        <translation>審批申請已撤回。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Approved by %1.</source>
        <translation>已由 %1 批准。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The supervisor %1 rejected the request: %2. Nothing was changed.</source>
        <translation>主管 %1 駁回了此申請：%2。未作任何變更。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The request could not be withdrawn: %1</source>
        <translation>無法撤回申請：%1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The card refused: %1</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片拒絕操作：%1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The bank (financial) PIN of this card is a different secret and was not changed: the bank resets it.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此卡的銀行（金融）密碼是另一個密碼，沒有更改：銀行密碼須由銀行重置。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Completed</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done. Operation number %1.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已完成。業務編號 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request could not be recorded (%1): it was NOT submitted. Try again.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法記錄此申請（%1）：申請【未】提交。請重試。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The card WAS changed, but the operation could not be recorded (%1). Do not repeat the operation on the card: retry recording, or call a supervisor.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片【已經】更改，但無法記錄此業務（%1）。請勿對卡片重複操作：請重試記錄，或聯繫主管。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The card is being written: the operation finishes and is recorded first.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正在寫卡：須等操作完成並記錄後才能處理。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Abandoned without a record: the card WAS changed. A supervisor must follow this up.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未記錄即已放棄：卡片【已經】更改。須由主管跟進處理。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cancellation could not be recorded: %1</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法記錄取消操作：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was changed on the card.</source>
        <translatorcomment>Run-time context copy of ServiceWorkflow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已取消。卡內沒有任何改動。</translation>
    </message>
</context>
<context>
    <name>carddesk::SyncCycle</name>
    <message numerus="yes">
        <location filename="../app/sync/SyncCycle.cpp" line="+49"/>
        <source>This counter&apos;s CardDesk speaks agency schema %1, but the agency database (schema %2) needs at least %3. Update CardDesk; the %n operation(s) waiting here are kept and will be sent after the update.</source>
        <translation>
            <numerusform>本櫃台的 CardDesk 使用經辦機構數據結構版本 %1，但經辦機構數據庫（結構版本 %2）要求至少為 %3。請升級 CardDesk；本櫃台待上傳的 %n 筆業務會保留，並在升級後上傳。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The agency reported a problem with this counter&apos;s audit log (%1): %2. A supervisor must look at it.</source>
        <translation>經辦機構報告本櫃台的審計日誌有問題（%1）：%2。須由主管查看處理。</translation>
    </message>
</context>
<context>
    <name>carddesk::TestIdDocumentReader</name>
    <message>
        <location filename="../app/devices/IdDocumentReader.cpp" line="+25"/>
        <source>No ID card on the reader.</source>
        <translatorcomment>Run-time context copy of TestIdDocumentReader: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證閱讀器上沒有身份證。</translation>
    </message>
</context>
<context>
    <name>carddesk::WorkflowText</name>
    <message>
        <location filename="../app/workflow/WorkflowTypes.cpp" line="+60"/>
        <source>Reset the chip PIN (forgotten PIN)</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>晶片密碼重置（忘記密碼）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the chip PIN</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>晶片密碼修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unblock the chip PIN</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>晶片密碼解鎖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report the card lost</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社保卡掛失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply for a replacement card</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>申請補卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the service password (12333, online services)</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>服務密碼重置（12333、網上服務）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the medical insurance electronic certificate password</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>醫保電子憑證密碼重置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chip PIN of the social security application (on the card)</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社會保障應用的晶片密碼（卡內）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip PIN try counter cleared (the PIN itself is unchanged)</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已清除晶片密碼錯誤次數（密碼本身未改變）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service password (12333, online services): reset requested from the agency</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>服務密碼（12333、網上服務）：已向經辦機構申請重置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical insurance electronic certificate password: reset requested from the agency</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>醫保電子憑證密碼：已向經辦機構申請重置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Application received</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card being printed</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>製卡中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for collection</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>待領取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailed</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已郵寄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已領取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered</source>
        <extracomment>A mailed replacement card reached the citizen.</extracomment>
        <translation>已簽收</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Cancelled</source>
        <extracomment>A card reissue application was cancelled.</extracomment>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Not started</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the holder&apos;s ID card on the ID reader</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請將持卡人的身份證放在身份證閱讀器上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the agent&apos;s ID card on the ID reader</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請將代辦人的身份證放在身份證閱讀器上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the authorisation or proof of guardianship</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>掃描授權委託書或監護關係證明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the social security card</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正在讀取社保卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the reference data</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正在核查參考數據</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The names differ: compare them and confirm</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>姓名不一致：請核對並確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the details of the application</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>填寫申請信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the photo</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>拍照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen enters the current PIN</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>參保人輸入原密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen enters the new PIN</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>參保人輸入新密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen enters the new PIN again</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>參保人再次輸入新密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervisor must approve</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>須經主管審批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing to the card</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正在寫卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the operation</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正在記錄業務</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card was changed but the operation is not recorded</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片已更改，但業務未記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translatorcomment>Run-time context copy of WorkflowText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/supervisor/AuditTableModel.cpp" line="+95"/>
        <source>ok</source>
        <extracomment>result column of the audit log: the step succeeded</extracomment>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No.</source>
        <extracomment>audit log column: the entry&apos;s sequence number</extracomment>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <extracomment>audit log column</extracomment>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <extracomment>audit log column: what happened</extracomment>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <extracomment>audit log column: succeeded or failed</extracomment>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator</source>
        <extracomment>audit log column: who did it</extracomment>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <extracomment>audit log column: the service branch (office)</extracomment>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>網點</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counter</source>
        <extracomment>audit log column: the service counter (terminal)</extracomment>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>櫃台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID number</source>
        <extracomment>audit log column: the holder&apos;s masked ID number</extracomment>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證號碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <extracomment>audit log column: the masked social-security card number</extracomment>
        <translatorcomment>Run-time context copy of AuditTableModel: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡號</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ChartPanel</name>
    <message>
        <location filename="../ui/plugins/ChartPanel.cpp" line="+26"/>
        <source>The dashboard&apos;s charts</source>
        <translation>儀表板圖表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dashboard&apos;s charts are incomplete in %1. Reinstall the carddesk package.</source>
        <translation>%1 中的儀表板圖表組件不完整。請重新安裝 carddesk 軟件包。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2</source>
        <extracomment>one line of a chart shown as text: %1 a category (day, operator, counter), %2 its values</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::CounterSession</name>
    <message>
        <location filename="../ui/CounterSession.cpp" line="+61"/>
        <source>Training branch</source>
        <extracomment>Name of the branch in training mode.</extracomment>
        <translation>培訓網點</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No camera is configured.</source>
        <translation>未配置攝像頭。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reader: none</source>
        <translation>讀卡器：無</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers: card and PSAM ready</source>
        <extracomment>Status bar: the citizen-card reader and the PSAM (security module) reader are both connected.</extracomment>
        <translation>讀卡器：社保卡和 PSAM 讀卡器就緒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers: no PSAM reader</source>
        <extracomment>Status bar: the PSAM (security module) reader is missing; PIN reset/unblock cannot work.</extracomment>
        <translation>讀卡器：未連接 PSAM 讀卡器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers: no card reader</source>
        <extracomment>Status bar: only the PSAM reader is connected, no reader for the citizen&apos;s card.</extracomment>
        <translation>讀卡器：未連接社保卡讀卡器</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reader: card service (pcscd) not running</source>
        <translation>讀卡器：智能卡服務（pcscd）未運行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Card: inserted</source>
        <translation>卡片：已插入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Camera: none</source>
        <translation>攝像頭：無</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera: %1</source>
        <translation>攝像頭：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>device %1</source>
        <extracomment>Status bar: the camera device, e.g. &quot;device 0&quot; or &quot;device /dev/video0&quot;.</extracomment>
        <translation>設備 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>video %1</source>
        <extracomment>Status bar: photos come from a video file (training, tests).</extracomment>
        <translation>視頻 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pictures in %1</source>
        <extracomment>Status bar: photos come from a folder of pictures (training, tests).</extracomment>
        <translation>%1 中的圖片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picture %1</source>
        <extracomment>Status bar: photos come from one picture file (training, tests).</extracomment>
        <translation>圖片 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Readers:</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>讀卡器：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (citizen card)</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>（社保卡）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (PSAM)</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>（PSAM卡）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN pad: none (the customer PIN window is used)</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>密碼鍵盤：無（使用客戶密碼窗口）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN pad features: %1</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>密碼鍵盤功能：%1 項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera:</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>攝像頭：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none configured</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database:</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>數據庫：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integrity check: ok</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>完整性檢查：正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity check FAILED: %1</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>完整性檢查失敗：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync:</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>同步：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off (training mode)</source>
        <translatorcomment>Run-time context copy of CounterSession: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>關閉（培訓模式）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n operation(s) waiting</source>
        <translation>
            <numerusform>%n 筆業務待上傳</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not configured</source>
        <translation>未設置</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::CustomerPinEntry</name>
    <message>
        <location filename="../ui/CustomerPinWindow.cpp" line="+241"/>
        <source>Customer PIN window</source>
        <translatorcomment>Run-time context copy of CustomerPinEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>客戶密碼窗口</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customer PIN window is not available.</source>
        <translatorcomment>Run-time context copy of CustomerPinEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>客戶密碼窗口不可用。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Thank you. Please wait for the clerk.</source>
        <translatorcomment>Run-time context copy of CustomerPinEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>謝謝。請稍候，等待工作人員辦理。</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::CustomerPinWindow</name>
    <message>
        <location line="-73"/>
        <source>PIN entry</source>
        <translatorcomment>Run-time context copy of CustomerPinWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>輸入密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translatorcomment>Run-time context copy of CustomerPinWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translatorcomment>Run-time context copy of CustomerPinWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome</source>
        <translatorcomment>Run-time context copy of CustomerPinWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>歡迎</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter your CURRENT card PIN</source>
        <translatorcomment>Run-time context copy of CustomerPinWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請輸入社保卡的【原密碼】</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Please enter your NEW card PIN (%n digits)</source>
        <translatorcomment>Run-time context copy of CustomerPinWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>
            <numerusform>請輸入社保卡的【新密碼】（%n 位數字）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter the NEW PIN again</source>
        <translatorcomment>Run-time context copy of CustomerPinWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請再次輸入【新密碼】</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::DiagnosticsPage</name>
    <message>
        <location filename="../ui/DiagnosticsPage.cpp" line="+60"/>
        <source>The report was copied: paste it into the support request.</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>報告已複製：請將其粘貼到技術支持請求中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save diagnostics report</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>保存診斷報告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text files (*.txt)</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CardDesk diagnostics, %1</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>CardDesk 診斷報告，%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch: %1, counter: %2</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>網點：%1，櫃台：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAINING MODE</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>培訓模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region profile: %1 (%2)</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置：%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No device information available.</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>沒有可用的設備信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions:</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法寫入 %1：%2。請選擇其他文件夾。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Diagnostics</source>
        <extracomment>Heading of the page listing readers, camera, database and versions for support.</extracomment>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>診斷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy report</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>複製報告(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report... (Ctrl+S)</source>
        <translation>保存報告(&amp;S)...（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translatorcomment>Run-time context copy of DiagnosticsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>返回 (Esc)</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::HistoryPage</name>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="+94"/>
        <source>Done</source>
        <extracomment>History, result column: the operation was carried out.</extracomment>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done: %1</source>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未完成：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n operation(s) shown.</source>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>
            <numerusform>顯示 %n 筆業務。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history is not available: the local store is not open.</source>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法查看歷史記錄：本地數據庫未打開。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a card reissue first (arrow keys), then press F9.</source>
        <translation>請先選擇一筆補卡業務（方向鍵），再按 F9。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The replacement card of %1 is not ready for collection at the branch: its status is &quot;%2&quot;.</source>
        <translation>業務 %1 的新卡尚無法在網點領取：目前狀態為「%2」。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Card collected</source>
        <translation>領卡確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did %1 (%2) receive the replacement card of application %3? Check the ID card first.</source>
        <translation>%1（%2）是否已領取申請 %3 的新卡？請先核對身份證。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not recorded: %1</source>
        <translation>未記錄：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded: the citizen collected the replacement card of %1.</source>
        <translation>已記錄：參保人已領取業務 %1 的新卡。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select an operation first (arrow keys), then press F8.</source>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請先（用方向鍵）選擇一筆業務，再按 F8。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>Receipt reprinted: %1</source>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已補打回執：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Search</source>
        <extracomment>Search field of the history: matches operation number, masked ID, name or card number.</extracomment>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation</source>
        <extracomment>History column: the operation number printed on the receipt.</extracomment>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>業務編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <extracomment>History column: which service (PIN reset, loss report, ...).</extracomment>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>業務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證號碼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <extracomment>History column: the social security card number.</extracomment>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <extracomment>History column: done, or not done and why.</extracomment>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card tracking</source>
        <extracomment>History column: where a replacement card is (printing, ready, collected, ...).</extracomment>
        <translation>製卡進度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt (F8)</source>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>補打回執 (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card collected (F9)</source>
        <translation>領卡登記（F9）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translatorcomment>Run-time context copy of HistoryPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>返回 (Esc)</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::HomePage</name>
    <message>
        <location filename="../ui/HomePage.cpp" line="+62"/>
        <source>Operations at this counter today: %1</source>
        <translatorcomment>Run-time context copy of HomePage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>本櫃台今日業務量：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a service</source>
        <translatorcomment>Run-time context copy of HomePage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請選擇業務</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::LoginPage</name>
    <message>
        <location filename="../ui/LoginPage.cpp" line="+104"/>
        <source>Enter your operator ID.</source>
        <translatorcomment>Run-time context copy of LoginPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請輸入您的操作員工號。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in is not available: the operator accounts could not be opened. Ask the administrator to check the local database.</source>
        <translatorcomment>Run-time context copy of LoginPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法登錄：無法打開操作員帳號。請聯繫管理員檢查本地數據庫。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign-in failed. Check the operator ID and password.</source>
        <translatorcomment>Run-time context copy of LoginPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>登錄失敗。請檢查操作員工號和密碼。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CardDesk sign-in</source>
        <translatorcomment>Run-time context copy of LoginPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>CardDesk 登錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked: %1 must sign in again</source>
        <translatorcomment>Run-time context copy of LoginPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已鎖定：%1 須重新登錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch: %1    Counter: %2</source>
        <extracomment>Shown on the sign-in screen: which branch (office) and which counter this computer is.</extracomment>
        <translatorcomment>Run-time context copy of LoginPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>網點：%1    櫃台：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Operator ID</source>
        <translatorcomment>Run-time context copy of LoginPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>操作員工號(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translatorcomment>Run-time context copy of LoginPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translatorcomment>Run-time context copy of LoginPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>登錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translatorcomment>Run-time context copy of LoginPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>解鎖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAINING MODE</source>
        <extracomment>Training mode marker; the Chinese is 培训模式.</extracomment>
        <translatorcomment>Run-time context copy of LoginPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>培訓模式</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+118"/>
        <source>Reader: unknown</source>
        <extracomment>Status bar: the state of the citizen-card reader is not known yet.</extracomment>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>讀卡器：未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+264"/>
        <source>Card: none</source>
        <extracomment>Status bar: no citizen card in the reader.</extracomment>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片：無</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Camera: unknown</source>
        <extracomment>Status bar: the state of the counter camera is not known yet.</extracomment>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>攝像頭：未知</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Settings are for administrators only: ask your administrator.</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>只有管理員可以修改設置：請聯繫管理員。</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Sync: off (training)</source>
        <extracomment>Training mode never talks to the agency.</extracomment>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>同步：關閉（培訓模式）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: not configured</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>同步：未配置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>從未</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: online</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>同步：在線</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync: OFFLINE</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>同步：離線</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pending</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>
            <numerusform>%n 筆待上傳</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last %1</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not signed in</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未登錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) at %3</source>
        <extracomment>Status bar: who is signed in, their role, and the counter.</extracomment>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>%1（%2），櫃台 %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>CardDesk - social security card counter</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>CardDesk - 社會保障卡櫃台服務</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+30"/>
        <source>TRAINING MODE</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>培訓模式</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Social security card PIN services</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社會保障卡密碼服務</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Services</source>
        <extracomment>Title of the home screen: the list of counter services.</extracomment>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>業務</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service in progress</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正在辦理的業務</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History of this counter</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>本櫃台歷史記錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <extracomment>Title of the administrator&apos;s settings screen.</extracomment>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>設置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics</source>
        <extracomment>Title of the screen listing readers, camera, database and versions for support.</extracomment>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>診斷</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+H history | F12 diagnostics | Ctrl+, settings | Ctrl+L lock | Ctrl+Q sign out</source>
        <translatorcomment>Run-time context copy of MainWindow: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>Ctrl+H 歷史記錄 | F12 診斷 | Ctrl+, 設置 | Ctrl+L 鎖定 | Ctrl+Q 退出登錄</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::PhotoStep</name>
    <message>
        <location filename="../ui/PhotoStep.cpp" line="+90"/>
        <source>No camera is configured.</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未配置攝像頭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reason in the field below and press Alt+M to go on without a photo, or fix the camera in Settings.</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請在下方欄位中填寫原因，然後按 Alt+M 在沒有照片的情況下繼續；或在「設置」中修正攝像頭配置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera: not available</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>攝像頭：不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No camera</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>沒有攝像頭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera: %1</source>
        <extracomment>Status bar: %1 is the camera in use (a device or file path).</extracomment>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>攝像頭：%1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The video ended without a usable photo. Press Alt+R to retake, or capture manually.</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>視頻已結束，沒有拍到可用的照片。請按 Alt+R 重拍，或手動拍照。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera: error</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>攝像頭：錯誤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the camera cable, then press Alt+R to retry.</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請檢查攝像頭連接線，然後按 Alt+R 重試。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Automatic checks are off: capture manually.</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>自動檢查已關閉：請手動拍照。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good. Hold still...</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>很好。請保持不動……</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Alt+R to retake.</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>按 Alt+R 重拍。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo taken automatically. Press Enter to go on, Alt+R to retake.</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已自動拍照。按 Enter 繼續，按 Alt+R 重拍。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo taken manually. Press Enter to go on, Alt+R to retake.</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已手動拍照。按 Enter 繼續，按 Alt+R 重拍。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A manual capture needs a reason: type it in the reason field (Alt+E).</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>手動拍照需要填寫原因：請在原因欄位中填寫（Alt+E）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Going on without a photo. Reason: %1</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>在沒有照片的情況下繼續。原因：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No picture yet: wait for the preview, then capture again.</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>還沒有畫面：請等待預覽出現後再拍照。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Retake</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>重拍(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture &amp;manually</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>手動拍照(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eason</source>
        <extracomment>Why the clerk took the photo without the automatic checks passing (or without a camera).</extracomment>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the citizen to look at the camera.</source>
        <translatorcomment>Run-time context copy of PhotoStep: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請參保人看向鏡頭。</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ReceiptPrinter</name>
    <message>
        <location filename="../ui/ReceiptPrinter.cpp" line="+26"/>
        <source>TRAINING MODE - NOT VALID</source>
        <extracomment>Printed on every receipt made in training mode; the Chinese is 培训模式.</extracomment>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>培訓模式 - 無效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security card service receipt</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社會保障卡業務回執</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>補打</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation number</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>業務編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>網點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>櫃台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>業務類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>申請人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card holder</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>持卡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent / guardian ID number</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>代辦人／監護人身份證號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社保卡卡號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>辦理結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signature of the citizen:</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>辦理人簽名：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The receipt could not be written to %1. Check the disk and the folder&apos;s permissions, then print it again from the history.</source>
        <translatorcomment>Run-time context copy of ReceiptPrinter: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法將回執寫入 %1。請檢查磁盤和文件夾權限，然後從歷史記錄中重新打印。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing</source>
        <translation>打印功能</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing is incomplete in %1. Reinstall the carddesk package.</source>
        <translation>%1 中的打印組件不完整。請重新安裝 carddesk 軟件包。</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ServiceFlowPage</name>
    <message>
        <location filename="../ui/ServiceFlowPage.cpp" line="+72"/>
        <source>Offer a card reissue instead.</source>
        <translation>請改為為參保人辦理補卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the service again and let the citizen choose another PIN.</source>
        <translation>請重新開始辦理，讓參保人另選一個密碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the citizen the supervisor&apos;s reason; once it is resolved, start the service again.</source>
        <translation>請向參保人說明主管的理由；問題解決後，再重新開始辦理本業務。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call the administrator: the local store could not write.</source>
        <translation>請聯繫管理員：本地數據庫無法寫入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the documents and start the service again if appropriate.</source>
        <translation>請核對證件，如有需要再重新開始辦理。</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Type the data from the document instead.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請改為手動輸入證件上的信息。</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No temporary report: this is the first report of the loss.</source>
        <translation>無臨時掛失：本次為首次掛失。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time of the temporary report cannot lie in the future.</source>
        <translation>臨時掛失的時間不能晚於現在。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Within the region&apos;s deadline of %n hour(s): the temporary report is confirmed.</source>
        <translation>
            <numerusform>未超過本地區規定的 %n 小時期限：臨時掛失確認有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Older than the region&apos;s deadline of %n hour(s): the temporary report has lapsed; this is recorded as a new report.</source>
        <translation>
            <numerusform>已超過本地區規定的 %n 小時期限：臨時掛失已失效，本次按新掛失記錄。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+305"/>
        <location line="+12"/>
        <location line="+280"/>
        <source>Insert the citizen&apos;s social security card into the reader (chip first).</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請將參保人的社保卡插入讀卡器（晶片一端朝裡）。</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Working on the card: please wait.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正在對卡片進行操作：請稍候。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the automatic capture, or type a reason and capture manually (Alt+M).</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請等待自動拍照，或填寫原因後手動拍照（Alt+M）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A photo is required for this holder: connect a camera (Settings) or take the photo with another camera.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此持卡人必須拍照：請連接攝像頭（設置），或用其他相機拍照。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Type the 18-character ID number from the citizen&apos;s document.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請輸入參保人證件上的 18 位身份證號碼。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid: %1, born %2, %3, age %4</source>
        <extracomment>Shown as the clerk types a valid ID number: province, birth date, sex, age.</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>有效：%1，出生於 %2，%3，%4 歲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>female</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>女</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On record: %1, %2, card %3, card status: %4</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>登記信息：%1，%2，卡號 %3，卡狀態：%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person is not in the local reference data (it may not be synced yet).</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>本地參考數據中沒有此人（可能尚未同步）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the agent&apos;s or guardian&apos;s ID number.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請輸入代辦人或監護人的身份證號碼。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>The agent must be another person than the holder.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>代辦人不能是持卡人本人。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Valid</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the citizen&apos;s ID number first.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請先輸入參保人的身份證號碼。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the name as printed on the ID card.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請按身份證上印的姓名輸入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID card has expired: ask for a valid document.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證已過期：請出示有效證件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder is %1 years old: a guardian can act only for a holder under %2.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>持卡人已滿 %1 歲：監護人只能為未滿 %2 歲的持卡人代辦。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder is under %1: choose &quot;Guardian of a minor&quot; and enter the guardian&apos;s ID.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>持卡人未滿 %1 歲：請選擇「未成年人監護人」並輸入監護人的身份證號碼。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a valid ID number for the agent or guardian.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請輸入代辦人或監護人的有效身份證號碼。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the agent&apos;s name as printed on their ID card.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請按代辦人身份證上印的姓名輸入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the proof of guardianship (Alt+U).</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請掃描監護關係證明（Alt+U）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the signed authorisation (Alt+U).</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請掃描已簽字的授權委託書（Alt+U）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No picture of the document: %1. Check the camera.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>沒有證件圖像：%1。請檢查攝像頭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no camera</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>沒有攝像頭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanned (%1 KB).</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已掃描（%1 KB）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No card reader is configured.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未配置讀卡器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the reader settings or call the administrator.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請檢查讀卡器設置，或聯繫管理員。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The card was removed. Its data was cleared: insert the card again.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片已拔出，其數據已清除：請重新插卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card: none</source>
        <extracomment>Status bar: no citizen card in the reader.</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片：無</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Card: wrong reader</source>
        <extracomment>Status bar: the citizen card (or the PSAM) is in the wrong card reader.</extracomment>
        <translation>卡片：插錯讀卡器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card inserted. Press Enter to read it.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已插卡。按 Enter 讀卡。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip PIN: BLOCKED (no tries left).</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>晶片密碼：已鎖定（沒有剩餘嘗試次數）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+200"/>
        <source>Chip PIN tries left: %1</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>晶片密碼剩餘嘗試次數：%1</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Card: inserted</source>
        <extracomment>Status bar: a citizen card is in the reader (not read yet).</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片：已插入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card: error</source>
        <extracomment>Status bar: the reader reports an error with the citizen card.</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片：錯誤</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The name on the ID card (%1) differs from the name on record (%2). Compare the documents; tick the box and press Enter if they are the same person, Esc to refuse.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證上的姓名（%1）與登記的姓名（%2）不一致。請核對證件；如確為同一人，請勾選確認框並按 Enter；否則按 Esc 拒絕辦理。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The reader&apos;s PIN pad cannot be used now: the citizen types on the customer window.</source>
        <translation>讀卡器密碼鍵盤目前無法使用：請參保人在客戶窗口輸入。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Reading the card: do not remove it...</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正在讀卡：請勿拔卡……</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card: reading</source>
        <extracomment>Status bar: the citizen&apos;s card is being read.</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片：讀取中</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Working on the card: do not remove it...</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正在對卡片進行操作：請勿拔卡……</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Card read.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已讀卡。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number: %1
Holder: %2, ID %3
Valid until %4, specification %5%6</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社保卡卡號：%1
持卡人：%2，身份證號碼 %3
有效期至 %4，規範版本 %5%6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ID number on the card matches the document.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡內的身份證號碼與證件一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+340"/>
        <source>Card: %1</source>
        <extracomment>Status bar: %1 is the social security card number.
----------
Confirm summary: %1 is the social security card number.</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片：%1</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>The time of the temporary report cannot lie in the future: correct it.</source>
        <translation>臨時掛失的時間不能晚於現在：請更正。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the recipient&apos;s mobile number: the courier calls it on delivery.</source>
        <translation>請輸入收件人的手機號碼：快遞員配送時會撥打此號碼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a mainland mobile number: it has 11 digits and starts with 13 to 19 (e.g. 139 1234 5678).</source>
        <translation>「%1」不是有效的中國大陸手機號碼：手機號碼為 11 位數字，以 13 至 19 開頭（例如 139 1234 5678）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Done. %1</source>
        <extracomment>The result: %1 says which secret was changed.</extracomment>
        <translation>辦理成功。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip PIN tries now: %1 of %2.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>晶片密碼當前可嘗試次數：%1／%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the new chip PIN works from now on; keep it secret. The bank PIN is unchanged.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請告知參保人：新的晶片密碼即時生效，請妥善保管；銀行密碼沒有改變。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the chip PIN works again with the old digits. If they forgot it, use &quot;Reset card PIN&quot;.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請告知參保人：晶片密碼已恢復使用，密碼仍為原來的數字。如已忘記密碼，請辦理「社保卡密碼重置」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the card is blocked for social security services from now on; a replacement card can be applied for (fee %1 yuan).</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請告知參保人：此卡即日起停止社保業務使用；可申請補卡（費用 %1 元）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell the citizen: the new card will be ready in about %1 working days.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請告知參保人：新卡約 %1 個工作日後製成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the agency resets the password once the request reaches it, and tells them how to set a new one.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請告知參保人：經辦機構收到申請後將重置密碼，並告知其如何設置新密碼。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not done. %1</source>
        <extracomment>The result: %1 is what went wrong.</extracomment>
        <translation>辦理未成功。%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operation number: %1</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>業務編號：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This operation was not recorded, so there is no receipt.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此業務未被記錄，因此沒有回執。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Receipt saved: %1</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>回執已保存：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Identity</source>
        <extracomment>Step bar: checking the citizen&apos;s ID document.</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份核驗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <extracomment>Step bar: the social security card in the reader.</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>讀卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <extracomment>Step bar: service details (loss report time, reissue delivery).</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>業務信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <extracomment>Step bar: taking the citizen&apos;s photo.</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>拍照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <extracomment>The step where the citizen types the PIN(s).</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <extracomment>Supervisor approval (when needed) and executing the service.</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <extracomment>Step bar: the outcome of the service.</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel (Esc)</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (PgUp)</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>上一步 (PgUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish (Enter)</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>完成 (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next (Enter)</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>下一步 (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證號碼(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name on the ID card</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證上的姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid until</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>有效期至(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Long-term</source>
        <extracomment>The ID card has no end date (长期).</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>長期(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applicant</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>申請人(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Guardian&apos;s ID number</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>監護人身份證號碼(&amp;G)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;gent&apos;s ID number</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>代辦人身份證號碼(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s na&amp;me</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>監護人姓名(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent&apos;s na&amp;me</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>代辦人姓名(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their ID card valid until</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>其身份證有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan proof of guardianship (Alt+U)</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>掃描監護關係證明 (Alt+U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan signed authorisation (Alt+U)</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>掃描已簽字的授權委託書 (Alt+U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read ID card (F9)</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>讀取身份證 (F9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I checked: the ID card and the card belong to the same person</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已核對：身份證與社保卡屬於同一人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already reported by &amp;phone or online, at:</source>
        <extracomment>已电话/网上挂失: the citizen made a temporary loss report by phone or online before coming.</extracomment>
        <translation>已透過電話或網上掛失(&amp;P)，掛失時間：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the citizen made the temporary report (not in the future)</source>
        <translation>參保人辦理臨時掛失的時間（不能晚於現在）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Circumstances (optional)</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>丟失情況（選填）(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost (already reported)</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>丟失（已掛失）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>損壞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>領取方式(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect at this branch</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>在本網點領取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By mail</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>郵寄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing &amp;address</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>郵寄地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reci&amp;pient</source>
        <extracomment>The person who receives the mailed card (defaults to the card holder).</extracomment>
        <translation>收件人(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card holder, if empty</source>
        <translation>留空則為持卡人本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mobile number</source>
        <translation>手機號碼(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 digits, for the courier</source>
        <translation>11 位數字，供快遞員聯繫</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The citizen types on the reader&apos;s &amp;PIN pad (Alt+P)</source>
        <extracomment>客户在读卡器密码键盘上输入: the citizen types the PINs on the card reader&apos;s own PIN pad.</extracomment>
        <translation>參保人在讀卡器密碼鍵盤上輸入(&amp;P)（Alt+P）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instead of the customer window: the PINs never reach this computer.</source>
        <translation>取代客戶窗口：密碼不會傳到本計算機。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The citizen types the CURRENT PIN, then the NEW PIN twice, on the reader&apos;s PIN pad%1. Each entry ends with the pad&apos;s OK key.</source>
        <translation>參保人在讀卡器密碼鍵盤%1上先輸入【原密碼】，再輸入兩次【新密碼】。每次輸入後按鍵盤上的確認鍵。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The citizen will type the PINs on the reader&apos;s PIN pad.</source>
        <translation>參保人將在讀卡器密碼鍵盤上輸入密碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The citizen is entering the CURRENT PIN on the customer window.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>參保人正在客戶窗口輸入【原密碼】。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The citizen is entering the new PIN a second time.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>參保人正在第二次輸入新密碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen is entering the NEW PIN on the customer window.</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>參保人正在客戶窗口輸入【新密碼】。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service: %1</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>業務：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder: %1 (%2)</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>持卡人：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant: %1</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>申請人：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A supervisor must approve this operation (%1): the supervisor types their own ID and password here, then Enter.</source>
        <extracomment>%1: why, e.g. &quot;an agent acts for the holder&quot;.</extracomment>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此業務須經主管審批（%1）：請主管在此輸入本人的工號和密碼，然後按 Enter。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to the supervisors&apos; queue instead (Alt+Q)</source>
        <translation>改為發送至主管審批隊列（Alt+Q）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the request (Alt+W)</source>
        <translation>撤回申請（Alt+W）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a supervisor&apos;s decision in the supervisor console: %1 for %2 (%3), sent at %4. The service goes on as soon as it is approved; a supervisor may also sign here.</source>
        <translation>正在等待主管在主管控制台審批：%2（%3）的%1，發送時間 %4。批准後業務將自動繼續；主管也可以在此登錄審批。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Supervisor ID</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>主管工號(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor &amp;password</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>主管密碼(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print receipt (F8)</source>
        <translatorcomment>Run-time context copy of ServiceFlowPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>打印回執 (F8)</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ServiceText</name>
    <message>
        <location filename="../ui/ServiceText.cpp" line="+19"/>
        <source>Reset card PIN (forgotten)</source>
        <extracomment>The citizen forgot the chip PIN of the social security card.</extracomment>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社保卡密碼重置（忘記密碼）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change card PIN</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社保卡密碼修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unblock card PIN</source>
        <extracomment>Clear the try counter of a blocked chip PIN.</extracomment>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社保卡密碼解鎖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report card loss</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社保卡掛失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reissue card</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社保卡補卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset service password</source>
        <extracomment>The 12333 / web service (query) password, not the chip PIN.</extracomment>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>服務密碼重置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset e-certificate password</source>
        <extracomment>The medical insurance electronic certificate (医保电子凭证) password.</extracomment>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>醫保電子憑證密碼重置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chip PIN of the social security application on the card was changed. The bank PIN of the card is NOT changed: that is done by the bank.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已更改卡內社會保障應用的晶片密碼。此卡的銀行（金融）密碼【沒有】更改：銀行密碼須到銀行辦理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The try counter of the chip PIN was cleared; the chip PIN itself is unchanged. The bank PIN of the card is NOT affected.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已清除晶片密碼的錯誤次數；晶片密碼本身沒有改變。此卡的銀行（金融）密碼【不受】影響。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card is reported lost. No PIN was changed.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此卡已掛失。沒有更改任何密碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new card was requested. No PIN was changed.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已申請新卡。沒有更改任何密碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reset of the service (12333 / online) password was requested from the agency. The chip PIN and the bank PIN are unchanged.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已向經辦機構申請重置服務密碼（12333／網上服務）。晶片密碼和銀行密碼均未改變。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reset of the medical insurance e-certificate password was requested from the agency. The chip PIN and the bank PIN are unchanged.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已向經辦機構申請重置醫保電子憑證密碼。晶片密碼和銀行密碼均未改變。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ask the citizen to enter the PIN again carefully, or use &quot;Reset card PIN&quot; if it is forgotten.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請參保人仔細地重新輸入密碼；如已忘記密碼，請辦理「社保卡密碼重置」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this service and use &quot;Unblock card PIN&quot; or &quot;Reset card PIN&quot;.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請取消本業務，改為辦理「社保卡密碼解鎖」或「社保卡密碼重置」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the card back and ask for the citizen&apos;s own social security card.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請將此卡退還，並請參保人出示本人的社保卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the citizen&apos;s card into the reader, chip first, then continue.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請將參保人的卡片插入讀卡器（晶片一端朝裡），然後繼續。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the card to the reader the message names, then continue. Nothing was written to it.</source>
        <translation>請依提示將卡片移至相應的讀卡器，然後繼續。卡內沒有寫入任何數據。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the same card back into the reader and start the step again. Nothing was written to it.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請將同一張卡片重新插入讀卡器，並重新開始這一步。卡內沒有寫入任何數據。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the card reader is plugged in; if it still fails, restart the computer or call support.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請檢查讀卡器是否已連接；如仍失敗，請重啟電腦或聯繫技術支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close other programs that use the card reader, then try again.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請關閉正在使用讀卡器的其他程序，然後重試。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The security module (PSAM) is not working: call the administrator. Do not retry repeatedly.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>安全模塊（PSAM卡）工作異常：請聯繫管理員。請勿反覆重試。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card is permanently locked: offer a card reissue.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>此卡已永久鎖定：請為參保人辦理補卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the citizen to enter the PIN again on the PIN pad.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請參保人在密碼鍵盤上重新輸入密碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled; nothing was changed on the card.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>操作已取消；卡內沒有任何改動。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try once more; if it fails again, note the status code and call support.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請再試一次；如仍失敗，請記下狀態碼並聯繫技術支持。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card operation failed.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片操作失敗。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n try(s) left before the PIN blocks.</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>
            <numerusform>還剩 %n 次嘗試機會，之後密碼將被鎖定。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In person</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>本人辦理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent (proxy)</source>
        <extracomment>An agent acting for the card holder with a signed authorisation.</extracomment>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>他人代辦</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian of a minor</source>
        <translatorcomment>Run-time context copy of ServiceText: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未成年人監護人</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown</source>
        <extracomment>Card status: the reference data does not know this card.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use</source>
        <extracomment>Card status: the card is valid and in use (正常).</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported lost</source>
        <extracomment>Card status (挂失).</extracomment>
        <translation>已掛失</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>cancelled</source>
        <extracomment>Card status (注销).</extracomment>
        <translation>已註銷</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>replacement applied for</source>
        <extracomment>Card status: a replacement card has been applied for (补换卡中).</extracomment>
        <translation>補卡中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent acts for the holder</source>
        <translation>代辦人代為辦理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a guardian acts for a minor</source>
        <translation>監護人為未成年人代辦</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the holder in person</source>
        <translation>持卡人本人辦理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the names on the ID card and on record differ</source>
        <translation>身份證與登記數據上的姓名不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the photo was taken without the automatic checks</source>
        <translation>照片未經自動檢查拍攝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ID data was typed, not read from the ID card</source>
        <translation>身份數據為手動輸入，未從身份證讀取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every &quot;%1&quot; needs approval</source>
        <extracomment>Approval reason: the region wants every operation of this service approved.</extracomment>
        <translation>每筆「%1」均須審批</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <extracomment>Separator between approval reasons (Chinese: 、).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <extracomment>Result of an operation: it was carried out.</extracomment>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the card belongs to another person</source>
        <translation>此卡屬於他人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card is reported lost</source>
        <translation>此卡已掛失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card is cancelled</source>
        <translation>此卡已註銷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card was already reported lost</source>
        <translation>此卡先前已掛失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a replacement card was already applied for</source>
        <translation>已經申請過補卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the names differ; the clerk refused</source>
        <translation>姓名不一致，櫃員已拒絕辦理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new PIN was not allowed</source>
        <translation>新密碼不符合規定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the citizen did not enter the PIN in time</source>
        <translation>參保人未在規定時間內輸入密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PIN entry device failed</source>
        <translation>密碼輸入設備故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no supervisor approval possible here</source>
        <translation>此處無法進行主管審批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supervisor rejected it</source>
        <translation>主管已駁回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card was changed but not recorded</source>
        <translation>卡片已變更但未記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit entry could not be written</source>
        <translation>無法寫入審計記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid ID number</source>
        <translation>身份證號碼無效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ID card has expired</source>
        <translation>身份證已過期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ID card is not yet valid</source>
        <translation>身份證尚未生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a guardian acts only for a minor</source>
        <translation>監護人只能為未成年人代辦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a minor needs a guardian</source>
        <translation>未成年人須由監護人代辦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s ID is invalid</source>
        <translation>代辦人身份證無效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s ID card has expired</source>
        <translation>代辦人身份證已過期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent is the holder</source>
        <translation>代辦人即為持卡人本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent is a minor</source>
        <translation>代辦人是未成年人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <extracomment>A label and its value, e.g. &quot;Fee: 20 yuan&quot;. Chinese uses the full-width colon without a space: %1：%2</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="+82"/>
        <source>Locked by the branch administrator</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已被網點管理員鎖定</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+40"/>
        <source>Settings are not available in this session.</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>本次登錄無法使用設置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: settings changes cannot be recorded in the audit log in this session. Call the administrator.</source>
        <translation>未保存任何內容：本次登錄無法將設置變更記入審計日誌。請聯繫管理員。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何內容：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to save: no value was changed.</source>
        <translation>無需保存：未變更任何值。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved and recorded in the audit log: %1. Reader, camera and region changes apply after the next sign-in.</source>
        <translation>已保存並記入審計日誌：%1。讀卡器、攝像頭和地區的變更在下次登錄後生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Citizen card &amp;reader (name patterns)</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>社保卡讀卡器（名稱匹配）(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSAM reader (name patterns)</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>PSAM卡讀卡器（名稱匹配）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Camera (e.g. camera:0)</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>攝像頭（例如 camera:0）(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion profile</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>地區配置(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Idle lock (minutes)</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>空閒鎖定（分鐘）(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shuffle the citizen&apos;s keypad</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>打亂客戶密碼鍵盤的數字順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency server &amp;host</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>經辦機構服務器地址(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency server port</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>經辦機構服務器端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency &amp;database</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>經辦機構數據庫(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency &amp;user</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>經辦機構用戶名(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS mode</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>TLS 模式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>保存(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translatorcomment>Run-time context copy of SettingsPage: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>返回 (Esc)</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::SupervisorConsole</name>
    <message>
        <location filename="../ui/supervisor/SupervisorConsole.cpp" line="+78"/>
        <source>The supervisor&apos;s console is for supervisors, administrators and auditors.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>主管控制台僅供主管、管理員和審計員使用。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Supervisor&apos;s console</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>主管控制台</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+416"/>
        <location line="+43"/>
        <source>Audit log</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>審計日誌</translation>
    </message>
    <message>
        <location line="-457"/>
        <source>Anomalies</source>
        <extracomment>tab: entries the anomaly rules flagged</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>異常</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+262"/>
        <source>Approvals</source>
        <extracomment>tab: the queue of approval requests from counters</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>審批</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Dead letters</source>
        <extracomment>tab: operations the agency refused to accept (sync)</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>被拒業務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>統計看板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operators</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>From</source>
        <extracomment>audit log filter: start of the time range</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>從</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <extracomment>audit log filter: end of the time range</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>至</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>operator</source>
        <extracomment>audit log filter field: operator ID</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All events</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>全部事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>全部業務</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any result</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>全部結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <extracomment>audit log filter: only entries that succeeded</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <extracomment>audit log filter: only entries that failed</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>branch</source>
        <extracomment>audit log filter field: branch (office) ID</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>網點</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counter</source>
        <extracomment>audit log filter field: service counter (terminal) ID</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>櫃台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exact ID number</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>完整身份證號碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>card / masked ID contains</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡號／脫敏身份證號碼包含</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply filter</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>篩選</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show photo</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>查看照片</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verify chain</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>校驗審計鏈</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+138"/>
        <source>%p%</source>
        <extracomment>progress of the chain verification: percentage and entries checked</extracomment>
        <translation>%p%</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Cancel</source>
        <extracomment>button: stop the running audit chain verification</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV...</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>導出 CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF...</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>導出 PDF...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export CSV</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>導出 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PDF</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>導出 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audit log could not be read: %1</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法讀取審計日誌：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+193"/>
        <source>Filter: %1</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>篩選條件：%1</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+253"/>
        <source>Entry</source>
        <extracomment>details of an audit entry: its sequence number
----------
anomaly list column: the flagged audit entry&apos;s number</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>記錄號</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+253"/>
        <source>Time</source>
        <extracomment>details of an audit entry
----------
anomaly list column</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>時間</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Event</source>
        <extracomment>details of an audit entry: what happened</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <extracomment>details of an audit entry: %1 succeeded or failed, %2 the result (e.g. Wrong PIN)</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+185"/>
        <source>ok</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>成功</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+186"/>
        <source>failed</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Card status word</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡片狀態字</translation>
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
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="-691"/>
        <source>Branch / counter</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>網點／櫃台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <extracomment>details of an audit entry: done in training mode</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>培訓模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>是</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+419"/>
        <source>Operation</source>
        <extracomment>details of an audit entry: the operation&apos;s ID
----------
dead letters column: the refused operation&apos;s ID</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>業務編號</translation>
    </message>
    <message>
        <location line="-418"/>
        <location line="+310"/>
        <source>ID number</source>
        <extracomment>approvals queue column: the holder&apos;s masked ID number</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>身份證號碼</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>Card</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>卡號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos</source>
        <extracomment>details of an audit entry: number of evidence photos</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <extracomment>details of an audit entry: service-specific details</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>詳細信息</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stored photo is not a readable JPEG.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>存儲的照片不是可讀取的 JPEG。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo shown; the viewing is recorded in the audit log.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已顯示照片；本次查看已記入審計日誌。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying the audit chain...</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正在校驗審計鏈……</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%p% (%1 of %2 entries)</source>
        <extracomment>%p% is the percentage (Qt fills it in), %1 entries checked, %2 entries in the chain</extracomment>
        <translation>%p%（已校驗 %1 條，共 %2 條）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling the verification...</source>
        <translation>正在取消校驗……</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The verification could not be recorded in the audit log: %1</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法將本次校驗記入審計日誌：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification cancelled after %1 of %2 entries: no verdict.</source>
        <translation>校驗已取消（已校驗 %1 條，共 %2 條）：無結論。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit chain is intact: %1 entries checked, last signed checkpoint at entry %2.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>審計鏈完整：已檢查 %1 條記錄，最後一個已簽名的檢查點位於第 %2 條記錄。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit chain is BROKEN at entry %1: %2</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>審計鏈在第 %1 條記錄處【已被破壞】：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed: %1</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>導出失敗：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>%1 entries exported to %2 (ID and card numbers masked).</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已將 %1 條記錄導出到 %2（身份證號碼和卡號已脫敏）。</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Exported by %1 at %2</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>由 %1 於 %2 導出</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Only the first %1 entries; export CSV for all.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>僅包含前 %1 條記錄；如需全部記錄請導出 CSV。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PDF could not be written to %1</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法將 PDF 寫入 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export could not be recorded in the audit log: %1</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>無法將本次導出記入審計日誌：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+253"/>
        <source> days</source>
        <extracomment>suffix of a number of days, e.g. &quot;7 days&quot;
----------
suffix of a number of days, e.g. &quot;14 days&quot;</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Scan</source>
        <extracomment>button: run the anomaly rules over the period</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>檢測</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look back</source>
        <extracomment>label before the number of days the anomaly scan covers</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>回溯</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule</source>
        <extracomment>anomaly list column: which anomaly rule fired</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>規則</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <extracomment>anomaly list column: what the rule saw</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <extracomment>anomaly list column: review state (open / reviewed by ...)</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>覆核</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comment (required)</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>意見（必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark reviewed</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>標記為已覆核</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>open</source>
        <extracomment>review state of an anomaly flag: nobody has reviewed it yet</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>未處理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewed by %1: %2</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已由 %1 覆核：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 flags</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>%1 條異常標記</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requested</source>
        <extracomment>approvals queue column: when the counter asked</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>申請時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <extracomment>approvals queue column: the service waiting for approval</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>業務</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why</source>
        <extracomment>approvals queue column: why the region&apos;s rules need an approval</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter</source>
        <extracomment>approvals queue column: the service counter (terminal) that asked</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>櫃台</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+352"/>
        <source>State</source>
        <extracomment>approvals queue column: waiting / approved / rejected / withdrawn
----------
operator accounts column: active / disabled / locked</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Decision</source>
        <extracomment>approvals queue column: who decided, and their reason</extracomment>
        <translation>審批結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show decided requests</source>
        <extracomment>check box: also list the requests that were already decided or withdrawn</extracomment>
        <translation>顯示已處理的申請</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reason (required)</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <extracomment>button: approve the selected request from a counter</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject</source>
        <extracomment>button: reject the selected request from a counter</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>駁回</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a request first.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>請先選擇一條申請。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approved.</source>
        <extracomment>status line after a decision on a counter&apos;s request</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已批准。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已駁回。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 at %2: %3</source>
        <extracomment>%1 who decided (or withdrew), %2 when, %3 their reason</extracomment>
        <translation>%1 於 %2：%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your own request: another supervisor must decide it.</source>
        <translation>這是您本人提出的申請：須由其他主管審批。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n request(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n 項申請待審批。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operations the agency refused. The agency resolves them (conflicts view); here a supervisor acknowledges that they were seen and handed over.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>經辦機構拒收的業務。由經辦機構（在衝突視圖中）處理；主管在此確認已知悉並已移交。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <extracomment>dead letters column: the operation&apos;s sequence number at this counter</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused at</source>
        <extracomment>dead letters column: when the agency refused it</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>拒收時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server&apos;s reason</source>
        <extracomment>dead letters column: the agency database&apos;s reason</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>服務器給出的原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comment</source>
        <extracomment>placeholder of the comment field for a dead letter</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>意見</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge</source>
        <extracomment>button: record that the supervisor saw the refused operation and handed it to the agency</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>確認知悉</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Acknowledged.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已確認知悉。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This counter</source>
        <extracomment>dashboard scope: the figures of this service counter only (zh_CN: 本柜台)</extracomment>
        <translation>本櫃台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole agency</source>
        <extracomment>dashboard scope: the figures of all counters from the agency database (zh_CN: 全机构)</extracomment>
        <translation>全機構</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh</source>
        <extracomment>button: read the dashboard figures again</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <extracomment>label before the number of days the dashboard covers</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>統計週期</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This counter&apos;s figures from its local store.</source>
        <translation>本櫃台本機數據庫中的數據。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agency database is configured for this counter: showing this counter&apos;s figures only.</source>
        <translation>本櫃台未設置經辦機構數據庫：僅顯示本櫃台的數據。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the agency&apos;s figures...</source>
        <translation>正在讀取經辦機構的數據……</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The agency database cannot be reached (%1). Showing this counter&apos;s figures from its local store instead.</source>
        <translation>無法連接經辦機構數據庫（%1）。改為顯示本櫃台本機數據庫中的數據。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Figures of all %n counter(s) the agency database shows to this counter, read at %1.</source>
        <translation>
            <numerusform>經辦機構數據庫向本櫃台開放的全部 %n 個櫃台的數據，讀取時間：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Operations per day by service</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>按業務類型統計的每日業務量</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failures by reason (%1% of %2 operations)</source>
        <extracomment>%1 failure rate in percent, %2 number of operations</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>按原因統計的失敗業務（佔 %2 筆業務的 %1%）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Operations per operator</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>各操作員業務量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operations</source>
        <extracomment>chart legend: number of operations</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>業務量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync lag per counter (minutes since its last push to the agency)</source>
        <translation>各櫃台同步延遲（距最近一次上傳至經辦機構的分鐘數）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync lag per counter (minutes of the oldest unsent operation)</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>各櫃台同步延遲（最早一筆未上傳業務的等待分鐘數）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes</source>
        <extracomment>chart legend: the unit of the bars</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>分鐘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (never pushed)</source>
        <translation>%1（從未上傳）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 refused, %3 changes to pull)</source>
        <translation>%1（%2 筆被拒收，%3 項變更待下載）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2 waiting, %3 refused)</source>
        <extracomment>%1 counter ID, %2 operations waiting to be sent, %3 operations the agency refused</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>%1（%2 筆待上傳，%3 筆被拒）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+22"/>
        <source>Name</source>
        <extracomment>operator accounts column: display name</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Role</source>
        <extracomment>operator accounts column: role (clerk, supervisor, ...)</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Branch</source>
        <extracomment>operator accounts column: branch (office) ID</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>網點</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>創建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable / enable</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>停用／啟用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset password</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>重置密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign role</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>分配角色</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Operator created.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已創建操作員。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operator updated.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已更新操作員。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password reset.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>密碼已重置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role assigned.</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已分配角色。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>disabled</source>
        <extracomment>state of an operator account</extracomment>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translatorcomment>Run-time context copy of SupervisorConsole: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::SupervisorConsoleEntry</name>
    <message>
        <location filename="../ui/supervisor/SupervisorConsoleEntry.cpp" line="+13"/>
        <location line="+38"/>
        <location line="+7"/>
        <source>Supervisor&apos;s console</source>
        <translatorcomment>Run-time context copy of SupervisorConsoleEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>主管控制台</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The supervisor&apos;s console needs the counter&apos;s local store, which is not open.</source>
        <translatorcomment>Run-time context copy of SupervisorConsoleEntry: tr() looks the message up under this context, lupdate files it under the other one (scripts/i18n/zh_TW_apply.py regenerates these copies).</translatorcomment>
        <translation>主管控制台需要使用本櫃台的本地數據庫，但該數據庫未打開。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main/main.cpp" line="+80"/>
        <source>CardDesk cannot start</source>
        <translation>CardDesk 無法啟動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local database could not be opened: %1
Ask the administrator to check the data folder (carddesk-admin store check).</source>
        <translation>無法打開本地數據庫：%1
請聯繫管理員檢查數據文件夾（carddesk-admin store check）。</translation>
    </message>
</context>
</TS>
