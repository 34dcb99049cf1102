<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnomalyRules</name>
    <message>
        <location filename="../app/supervision/AnomalyRules.cpp" line="+77"/>
        <source>only a supervisor or an administrator may change the anomaly rules</source>
        <translation>只有主管或管理员可以修改异常规则</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 at %2, outside the opening hours %3-%4</source>
        <extracomment>%1 service name, %2 local time, %3-%4 opening and closing time</extracomment>
        <translation>%1 于 %2 办理，超出营业时间 %3-%4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 resets by %2 within an hour (limit %3)</source>
        <extracomment>%1 number of PIN/password resets, %2 operator ID, %3 the configured limit</extracomment>
        <translation>%2 在一小时内办理了 %1 次重置（上限 %3）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>card %1 reset %2 times on %3 (limit %4)</source>
        <extracomment>%1 masked card number, %2 times, %3 date, %4 the configured limit</extracomment>
        <translation>卡 %1 于 %3 被重置 %2 次（上限 %4）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 failed logins in a row for %2</source>
        <extracomment>%1 number of failed sign-ins, %2 operator ID</extracomment>
        <translation>%2 连续登录失败 %1 次</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 of %3 operations by %4 (%5%, limit %6%)</source>
        <extracomment>%1 what is counted (e.g. name-mismatch overrides), %2 of %3 operations, %4 operator ID, %5 its percentage, %6 the configured limit in percent</extracomment>
        <translation>%1：%4 办理的 %3 笔业务中有 %2 笔（%5%，上限 %6%）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name-mismatch overrides</source>
        <translation>姓名不一致的人工确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual photo captures</source>
        <translation>手动拍照</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../app/audit/AuditChain.cpp" line="+247"/>
        <source>the counter&apos;s audit signing key cannot be decrypted: wrong key file?</source>
        <translation>无法解密本柜台的审计签名密钥：密钥文件是否有误？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the counter&apos;s audit signing key is damaged</source>
        <translation>本柜台的审计签名密钥已损坏</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot generate the counter&apos;s audit signing key</source>
        <translation>无法生成本柜台的审计签名密钥</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the audit log is empty: there is nothing to sign</source>
        <translation>审计日志为空：没有可签名的内容</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the audit checkpoint could not be signed (no signing key)</source>
        <translation>无法对审计检查点签名（没有签名密钥）</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <location filename="../app/audit/AuditVerifier.cpp" line="+60"/>
        <source>the counter&apos;s audit signing key is missing</source>
        <translation>缺少本柜台的审计签名密钥</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>verification cancelled before it started</source>
        <translation>校验在开始前已取消</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>entry %1 is missing (the next entry found is %2)</source>
        <translation>缺少第 %1 条记录（找到的下一条记录是第 %2 条）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 is out of place: its content says it is entry %2</source>
        <translation>第 %1 条记录位置错误：其内容表明它是第 %2 条</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 does not link to entry %2 (an entry was inserted, removed or replaced)</source>
        <translation>第 %1 条记录未链接到第 %2 条（有记录被插入、删除或替换）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1 was modified: its hash does not match its content</source>
        <translation>第 %1 条记录已被修改：其哈希值与内容不符</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+75"/>
        <source>the checkpoint at entry %1 has a bad signature</source>
        <translation>第 %1 条记录处的检查点签名无效</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>entries %1 to %2 were rewritten: the chain no longer matches the checkpoint signed at entry %2</source>
        <translation>第 %1 至 %2 条记录被改写：记录链与第 %2 条记录处已签名的检查点不再一致</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>verification cancelled after %1 of %2 entries</source>
        <translation>已校验 %1 条记录（共 %2 条）后取消了校验</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>entries %1 to %2 are missing: the log was cut off before its last signed checkpoint (entry %2)</source>
        <translation>缺少第 %1 至 %2 条记录：日志在最后一个已签名检查点（第 %2 条）之前被截断</translation>
    </message>
</context>
<context>
    <name>CardResult</name>
    <message>
        <location filename="../smartcard/CardResult.cpp" line="+53"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrong PIN, %n tries left.</source>
        <extracomment>%n is the number of PIN tries left on the card</extracomment>
        <translation>
            <numerusform>密码错误，还可尝试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN is blocked: the card needs an unblock at the counter.</source>
        <translation>密码已锁定：需在柜台办理密码解锁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused: conditions of use not satisfied (the application may be locked).</source>
        <translation>卡片拒绝操作：不满足使用条件（卡片应用可能已锁定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused: security status not satisfied (authentication missing).</source>
        <translation>卡片拒绝操作：安全状态不满足（未完成认证）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused: its PIN reference data is invalid.</source>
        <translation>卡片拒绝操作：卡内密码数据无效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card rejected the security code (MAC): check the secure access module (PSAM).</source>
        <translation>卡片拒绝了安全校验码（MAC）：请检查安全模块（PSAM卡）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card has no social security application: is it the right card?</source>
        <translation>卡片中没有社会保障应用：请确认是否为社保卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record is missing on the card: the card may be damaged or not personalised.</source>
        <translation>卡内缺少记录：卡片可能已损坏或未完成个人化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card does not have the required key.</source>
        <translation>卡片中没有所需的密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refused the command length.</source>
        <translation>卡片不接受该指令的长度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s application is permanently locked: the card must be replaced.</source>
        <translation>卡片应用已永久锁定：须补换卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card answered with an unexpected status %1.</source>
        <translation>卡片返回了意外的状态码 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s answer could not be read. Take the card out and insert it again.</source>
        <translation>无法读取卡片的应答。请拔出卡片后重新插入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not the expected card. Insert the citizen&apos;s social security card.</source>
        <translation>这不是本次业务的卡片。请插入办理人本人的社会保障卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No card in the reader. Insert the card with the chip facing up.</source>
        <translation>读卡器中没有卡片。请将卡片芯片朝上插入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The social security card is in the PSAM reader. Insert it in the customer&apos;s card reader instead.</source>
        <extracomment>PSAM: the security module card in the second reader. The customer&apos;s card reader is the one the citizen&apos;s social security card belongs in.</extracomment>
        <translation>社保卡插在了PSAM卡读卡器中。请改为插入社保卡读卡器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PSAM card is in the customer&apos;s card reader. Put it back in the PSAM reader, then insert the social security card.</source>
        <extracomment>PSAM: the security module card, which belongs in its own (second) reader.</extracomment>
        <translation>PSAM卡插在了社保卡读卡器中。请将其插回PSAM卡读卡器，然后插入社保卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The social security card is in another card reader. Insert it in the customer&apos;s card reader instead.</source>
        <translation>社保卡插在了其他读卡器中。请改为插入社保卡读卡器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card is in the wrong reader. Insert the social security card in the customer&apos;s card reader.</source>
        <translation>卡片插错了读卡器。请将社保卡插入社保卡读卡器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card was removed during the operation. Insert it again and repeat.</source>
        <translation>操作过程中卡片被拔出。请重新插卡后再次操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is not connected. Check its cable, then try again.</source>
        <translation>读卡器未连接。请检查连接线后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card reader is in use by another program.</source>
        <translation>读卡器正被其他程序占用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The smart card service (pcscd) is not running. Call support.</source>
        <translation>智能卡服务（pcscd）未运行。请联系技术支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication with the card reader failed. Try again.</source>
        <translation>与读卡器通信失败。请重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure access module (PSAM) is not available. Check the second card slot.</source>
        <translation>安全模块（PSAM卡）不可用。请检查第二卡槽。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure access module (PSAM) refused the operation.</source>
        <translation>安全模块（PSAM卡）拒绝了该操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN entry was cancelled on the PIN pad.</source>
        <translation>已在密码键盘上取消密码输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN was entered on the PIN pad in time.</source>
        <translation>未在规定时间内在密码键盘上输入密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown card error.</source>
        <translation>未知的卡片错误。</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../app/store/LocalStore.cpp" line="+218"/>
        <source>no database path is configured</source>
        <translation>未配置数据库路径</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database path %1 is a folder, not a file</source>
        <translation>数据库路径 %1 是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder of the database %1 does not exist</source>
        <translation>数据库 %1 所在的文件夹不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no permission to write the database %1</source>
        <translation>没有写入数据库 %1 的权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no permission to create the database in %1</source>
        <translation>没有在 %1 中创建数据库的权限</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>cannot update the database to schema version %1: %2</source>
        <translation>无法将数据库升级到结构版本 %1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the database was made by a newer CardDesk (schema %1, this one knows %2)</source>
        <translation>该数据库由更新版本的 CardDesk 创建（结构版本 %1，本程序支持 %2）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the operation has no id: nothing was recorded</source>
        <translation>业务没有编号：未记录任何内容</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the photo could not be encrypted: nothing was recorded</source>
        <translation>照片无法加密：未记录任何内容</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the operation could not be encrypted: nothing was recorded</source>
        <translation>业务数据无法加密：未记录任何内容</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>a supervisor must sign in to approve</source>
        <translation>审批需由主管登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the approval must come from another person than the clerk</source>
        <translation>审批人必须是柜员以外的其他人</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a supervisor and cannot approve</source>
        <translation>%1 不是主管，不能审批</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>operation %1 is not waiting to be pushed</source>
        <translation>业务 %1 不在待上传状态</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the reference batch has an operator with no id or an unknown role (%1)</source>
        <translation>参考数据批次中有操作员缺少工号或角色未知（%1）</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+41"/>
        <source>the reference batch has a person without an ID number</source>
        <translation>参考数据批次中有人员缺少身份证号码</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+34"/>
        <source>the reference batch has a card without a card number</source>
        <translation>参考数据批次中有卡片缺少卡号</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>%1 already exists: choose a new file for the backup</source>
        <translation>%1 已存在：请为备份选择一个新文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create the backup file %1: %2</source>
        <translation>无法创建备份文件 %1：%2</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>there is no operation %1 on this counter</source>
        <translation>本柜台没有业务 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operation %1 is not an accepted reissue application</source>
        <translation>业务 %1 不是已受理的补换卡申请</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application is &quot;%1&quot;: it cannot become &quot;%2&quot; (statuses only move forward)</source>
        <translation>申请状态为“%1”：不能变为“%2”（状态只能向前推进）</translation>
    </message>
    <message>
        <location filename="../app/store/StoreError.cpp" line="+44"/>
        <source>the local database is locked by another program: nothing was recorded, try again</source>
        <translation>本地数据库被其他程序锁定：未记录任何内容，请重试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full: nothing was recorded</source>
        <translation>磁盘已满：未记录任何内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permission to write the local database: nothing was recorded</source>
        <translation>没有写入本地数据库的权限：未记录任何内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local database cannot be opened (check its path and permissions)</source>
        <translation>无法打开本地数据库（请检查路径和权限）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local database file is damaged or is not a database</source>
        <translation>本地数据库文件已损坏或不是数据库文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk reported an error: nothing was recorded</source>
        <translation>磁盘报告错误：未记录任何内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the local database reported an error: nothing was recorded</source>
        <translation>本地数据库报告错误：未记录任何内容</translation>
    </message>
</context>
<context>
    <name>OperatorAccounts</name>
    <message>
        <location filename="../app/operators/OperatorAccounts.cpp" line="+157"/>
        <source>an operator id must be one word</source>
        <translation>操作员工号不能包含空格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown role &apos;%1&apos;: use clerk, teller, supervisor or administrator</source>
        <translation>未知角色“%1”：请使用 clerk（柜员）、teller（银行柜员）、supervisor（主管）或 administrator（管理员）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <source>the password must have at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <source>the password could not be hashed</source>
        <translation>无法对密码进行哈希处理</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>an administrator already exists</source>
        <translation>管理员已存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>operator %1 already exists</source>
        <translation>操作员 %1 已存在</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+43"/>
        <source>no operator %1</source>
        <translation>没有操作员 %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>this account is locked after too many failed attempts: an administrator must reset its password</source>
        <translation>该账号因多次登录失败已被锁定：须由管理员重置密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this account is disabled</source>
        <translation>该账号已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong operator name or password</source>
        <translation>操作员工号或密码错误</translation>
    </message>
</context>
<context>
    <name>OperatorAdministration</name>
    <message>
        <location filename="../app/supervision/OperatorAdministration.cpp" line="+30"/>
        <source>only an administrator may change operator accounts</source>
        <translation>只有管理员可以修改操作员账号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this role may not see operator accounts</source>
        <translation>该角色无权查看操作员账号</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an administrator cannot disable their own account</source>
        <translation>管理员不能停用自己的账号</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown role &apos;%1&apos;</source>
        <translation>未知角色“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no operator &apos;%1&apos;</source>
        <translation>没有操作员“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an administrator cannot take away their own administrator role</source>
        <translation>管理员不能取消自己的管理员角色</translation>
    </message>
</context>
<context>
    <name>StoreCrypto</name>
    <message>
        <location filename="../app/store/StoreCrypto.cpp" line="+57"/>
        <source>no key file is configured</source>
        <translation>未配置密钥文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the key directory %1</source>
        <translation>无法创建密钥目录 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the system random generator failed</source>
        <translation>系统随机数生成器出错</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create the key file %1: %2</source>
        <translation>无法创建密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write the key file %1</source>
        <translation>无法写入密钥文件 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file %1 is not a regular file</source>
        <translation>密钥文件 %1 不是普通文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file %1 can be read by other users (mode %2): it must be 0600</source>
        <translation>密钥文件 %1 可被其他用户读取（权限 %2）：权限必须为 0600</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key file %1 is damaged: it must hold exactly 32 bytes</source>
        <translation>密钥文件 %1 已损坏：必须正好为 32 字节</translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message>
        <location filename="../app/supervision/SupervisionText.cpp" line="+26"/>
        <source>PIN reset</source>
        <translation>芯片密码重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN change</source>
        <translation>芯片密码修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN unblock</source>
        <translation>芯片密码解锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss report</source>
        <translation>挂失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reissue</source>
        <translation>补换卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service password reset</source>
        <translation>服务密码重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-certificate password reset</source>
        <translation>医保电子凭证密码重置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor sign-in for approval</source>
        <translation>主管登录审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed supervisor sign-in for approval</source>
        <translation>主管审批登录失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved at the counter</source>
        <translation>柜台现场审批通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval refused (role)</source>
        <translation>拒绝审批（角色无权限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval requested</source>
        <translation>提交审批申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval granted</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rejected</source>
        <translation>审批被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval request withdrawn</source>
        <translation>撤回审批申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name mismatch overridden</source>
        <translation>姓名不一致已人工确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Photo captured manually</source>
        <translation>手动拍照</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Evidence photo viewed</source>
        <translation>查看留证照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence photo refused</source>
        <translation>拒绝查看留证照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anomaly reviewed</source>
        <translation>异常已复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit chain verified</source>
        <translation>校验审计记录链</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console access refused</source>
        <translation>拒绝访问主管控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letter acknowledged</source>
        <translation>确认拒收业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First administrator created</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator added</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator disabled</source>
        <translation>停用操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator enabled</source>
        <translation>启用操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator password reset</source>
        <translation>重置操作员密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator role changed</source>
        <translation>更改操作员角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator change refused</source>
        <translation>拒绝修改操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the agency</source>
        <translation>经办机构拒收</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clerk</source>
        <extracomment>operator role: front-desk clerk</extracomment>
        <translation>柜员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teller</source>
        <extracomment>operator role: counter teller</extracomment>
        <translation>银行柜员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auditor</source>
        <extracomment>operator role: read-only reviewer of the audit log</extracomment>
        <translation>审计员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <extracomment>who made a change: the agency (经办机构), e.g. a reissue status that came through sync</extracomment>
        <translation>经办机构</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent acting for the holder</source>
        <extracomment>why approval is needed: someone acts for the card holder</extracomment>
        <translation>代办人代为办理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian acting for the holder</source>
        <extracomment>why approval is needed: a guardian acts for a minor or ward</extracomment>
        <translation>监护人代为办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the card differs from the ID</source>
        <translation>卡上姓名与身份证不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number typed in by hand</source>
        <translation>手工录入身份证号码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <extracomment>state of an approval request</extracomment>
        <translation>待审批</translation>
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
        <translation>已拒绝</translation>
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
        <translation>密码错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN blocked</source>
        <translation>密码已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card refused: conditions not met</source>
        <translation>卡片拒绝：不满足使用条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card refused: not authorised</source>
        <translation>卡片拒绝：未授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card data invalid</source>
        <translation>卡片数据无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure messaging check failed</source>
        <translation>安全报文校验失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card application locked</source>
        <translation>卡片应用已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong card</source>
        <translation>卡片不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card</source>
        <translation>无卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card removed</source>
        <translation>卡片已拔出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reader</source>
        <translation>无读卡器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader busy</source>
        <translation>读卡器被占用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader communication error</source>
        <translation>读卡器通信错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security module unavailable</source>
        <translation>安全模块不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security module error</source>
        <translation>安全模块错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled on the PIN pad</source>
        <translation>已在密码键盘上取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN pad timed out</source>
        <translation>密码键盘输入超时</translation>
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
        <translation>卡片已修改但未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password</source>
        <translation>登录密码错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <extracomment>result of a sign-in: the account is locked</extracomment>
        <translation>账号已锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <extracomment>result of a sign-in: the account is disabled</extracomment>
        <translation>账号已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown account or no password</source>
        <translation>账号不存在或未设置密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role not allowed</source>
        <extracomment>result: refused because of the operator&apos;s role</extracomment>
        <translation>角色无权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <extracomment>result: refused (by the agency or a supervisor)</extracomment>
        <translation>已拒绝</translation>
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
        <translation>同一操作员一小时内重置次数过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same card reset more than once a day</source>
        <translation>同一张卡一天内多次重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside opening hours</source>
        <translation>非营业时间办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many name-mismatch overrides</source>
        <translation>姓名不一致人工确认次数过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many manual photo captures</source>
        <translation>手动拍照次数过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-ins in a row</source>
        <translation>连续登录失败</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../app/supervision/SupervisorActions.cpp" line="+50"/>
        <source>the role %1 may not %2</source>
        <extracomment>%1 the operator&apos;s role (e.g. Auditor), %2 what was refused (e.g. approve or reject requests)</extracomment>
        <translation>角色“%1”无权%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>an approval request needs the service and the reason</source>
        <translation>审批申请须注明业务和原因</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the request %1 is no longer pending (already decided?)</source>
        <translation>申请 %1 已不在待审批状态（是否已处理？）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>see the approvals queue</source>
        <translation>查看审批队列</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>approve or reject requests</source>
        <translation>批准或拒绝申请</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give a reason for the decision</source>
        <translation>请填写决定的理由</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>no pending request %1 (already decided or withdrawn?)</source>
        <translation>没有待审批的申请 %1（是否已处理或已撤回？）</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>a request must be decided by another person than the one who asked</source>
        <translation>申请须由申请人以外的其他人处理</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>mark anomalies reviewed</source>
        <translation>将异常标记为已复核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a review needs a comment</source>
        <translation>复核需要填写意见</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>view evidence photos</source>
        <translation>查看留证照片</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the photo %1 is not in this store (or cannot be decrypted)</source>
        <translation>本地数据库中没有照片 %1（或无法解密）</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>verify the audit chain</source>
        <translation>校验审计记录链</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>see the sync dead letters</source>
        <translation>查看同步拒收业务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>acknowledge dead letters</source>
        <translation>确认拒收业务</translation>
    </message>
</context>
<context>
    <name>carddesk::AuditedSettings</name>
    <message>
        <location filename="../app/config/AuditedSettings.cpp" line="+76"/>
        <source>&quot;%1&quot; is not a CardDesk setting: nothing was saved.</source>
        <translation>“%1”不是 CardDesk 的设置项：未保存任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is locked by the administrator&apos;s system settings: nothing was saved.</source>
        <translation>“%1”已被管理员的系统设置锁定：未保存任何内容。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; cannot be changed: nothing was saved.</source>
        <translation>“%1”不可修改：未保存任何内容。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The settings file %1 cannot be written: nothing was saved.</source>
        <translation>无法写入设置文件 %1：未保存任何内容。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The change could not be recorded in the audit log (%1): nothing was saved.</source>
        <translation>修改无法记入审计日志（%1）：未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>carddesk::ECertificatePasswordResetWorkflow</name>
    <message>
        <location filename="../app/workflow/PasswordRequestWorkflows.cpp" line="+31"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The holder sets a new electronic certificate password in the national medical insurance app once the agency has processed the request.</source>
        <translation>经办机构处理申请后，持卡人在国家医保服务平台 APP 中设置新的医保电子凭证密码。</translation>
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
        <translation>内蒙古</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaoning</source>
        <translation>辽宁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jilin</source>
        <translation>吉林</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heilongjiang</source>
        <translation>黑龙江</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jiangsu</source>
        <translation>江苏</translation>
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
        <translation>山东</translation>
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
        <translation>广东</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guangxi</source>
        <translation>广西</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hainan</source>
        <translation>海南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chongqing</source>
        <translation>重庆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sichuan</source>
        <translation>四川</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guizhou</source>
        <translation>贵州</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yunnan</source>
        <translation>云南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibet</source>
        <translation>西藏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaanxi</source>
        <translation>陕西</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gansu</source>
        <translation>甘肃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qinghai</source>
        <translation>青海</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ningxia</source>
        <translation>宁夏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xinjiang</source>
        <translation>新疆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>澳门</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The ID number is valid.</source>
        <translation>身份证号码有效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ID number was entered.</source>
        <translation>未输入身份证号码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ID number has 18 characters (old numbers: 15 digits).</source>
        <translation>身份证号码为 18 位（旧号码为 15 位数字）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ID number has only digits; only the last of 18 characters may be X.</source>
        <translation>身份证号码只能是数字；仅 18 位号码的最后一位可以是 X。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first two digits are not a province code: check the number.</source>
        <translation>前两位不是省级行政区划代码：请核对号码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits 7 to 14 are not a real date of birth: check the number.</source>
        <translation>第 7 至 14 位不是有效的出生日期：请核对号码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth in the number lies in the future.</source>
        <translation>号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last character does not match the others: a digit was probably mistyped.</source>
        <translation>最后一位校验码与其他位不符：可能输错了某一位数字。</translation>
    </message>
</context>
<context>
    <name>carddesk::LossReportWorkflow</name>
    <message>
        <location filename="../app/workflow/CardlessWorkflows.cpp" line="+25"/>
        <source>The card is not in this counter&apos;s reference data: the agency matches the report by ID number.</source>
        <translation>本柜台的参考数据中没有该卡：经办机构将按身份证号码匹配挂失。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card is already reported lost.</source>
        <translation>该卡已挂失。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card has been cancelled: there is nothing to report.</source>
        <translation>该卡已注销：无需挂失。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No details are being asked for at the moment.</source>
        <translation>当前不需要填写信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temporary report cannot lie in the future.</source>
        <translation>临时挂失时间不能晚于现在。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The temporary loss report is older than %n hour(s): it has lapsed, this is a new report.</source>
        <translation>
            <numerusform>临时挂失已超过 %n 小时，已失效：本次按新的挂失办理。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Card reported lost</source>
        <translation>卡片已挂失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(matched by ID number)</source>
        <translation>（按身份证号码匹配）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporary report</source>
        <translation>临时挂失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed within the deadline</source>
        <translation>已在期限内确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lapsed; recorded as a new report</source>
        <translation>已失效；按新挂失记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A replacement card can be applied for now.</source>
        <translation>现在即可申请补换卡。</translation>
    </message>
</context>
<context>
    <name>carddesk::ManualIdEntry</name>
    <message>
        <location filename="../app/devices/IdDocumentReader.cpp" line="+11"/>
        <source>Manual entry</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the name as printed on the ID card.</source>
        <translation>请按身份证上的写法输入姓名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth does not match the ID number: check both.</source>
        <translation>出生日期与身份证号码不符：请核对两者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sex does not match the ID number: check both.</source>
        <translation>性别与身份证号码不符：请核对两者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the end of the ID card&apos;s validity (or mark it as long-term).</source>
        <translation>请输入身份证有效期的截止日期（或勾选长期）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The validity ends before it starts: check the dates.</source>
        <translation>有效期截止日期早于起始日期：请核对日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ID document is being asked for at the moment.</source>
        <translation>当前不需要读取身份证件。</translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoCapture</name>
    <message>
        <location filename="../app/photo/CaptureSession.cpp" line="+121"/>
        <source>The picture could not be encoded.</source>
        <translation>照片无法编码。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No picture source is configured.</source>
        <translation>未配置图像来源。</translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoGuidance</name>
    <message>
        <location filename="../app/photo/FaceAnalyzer.cpp" line="+89"/>
        <source>Faces</source>
        <translation>人脸数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face size</source>
        <translation>脸部大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizontal position</source>
        <translation>水平位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space above the head</source>
        <translation>头顶距离</translation>
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
        <translation>背景均匀度</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The face detection data is missing (%1). Install the Debian package opencv-data, or take the photo manually.</source>
        <translation>缺少人脸检测数据（%1）。请安装 Debian 软件包 opencv-data，或手动拍照。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The face detection data in %1 cannot be read.</source>
        <translation>无法读取 %1 中的人脸检测数据。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No picture from the camera</source>
        <translation>摄像头没有画面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face detection is not available: take the photo manually</source>
        <translation>人脸检测不可用：请手动拍照</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please look straight at the camera</source>
        <translation>请正对镜头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one face detected: only the citizen may be in the picture</source>
        <translation>检测到多张人脸：画面中只能有办理人本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough light</source>
        <translation>光线不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too much light on the face</source>
        <translation>脸部光线过强</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please come a little closer</source>
        <translation>请靠近一点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please move back a little</source>
        <translation>请后退一点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please move a little to your left</source>
        <translation>请向您的左边移一点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please move a little to your right</source>
        <translation>请向您的右边移一点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please move a little lower</source>
        <translation>请稍微往下一点</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Please move a little higher</source>
        <translation>请稍微往上一点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please hold still</source>
        <translation>保持不动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The background must be white</source>
        <translation>背景需为白色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The background must be evenly lit</source>
        <translation>背景光线需均匀</translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoOutput</name>
    <message>
        <location filename="../app/photo/CardPhotoMaker.cpp" line="+100"/>
        <source>There is no colour picture to make the card photo from.</source>
        <translation>没有可用于制作制证照片的彩色图像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card photo region lies outside the picture.</source>
        <translation>制证照片区域超出了图像范围。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The card photo could not be encoded as JPEG.</source>
        <translation>制证照片无法编码为 JPEG。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The card photo is %1 KB even at JPEG quality %2, above the limit of %3 KB: the picture is too noisy; improve the light and try again.</source>
        <translation>即使 JPEG 质量为 %2，制证照片仍有 %1 KB，超过上限 %3 KB：图像噪点过多；请改善光线后重试。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The card photo is only %1 KB even at JPEG quality 100, below the minimum of %2 KB: the picture has too little detail (out of focus?).</source>
        <translation>即使 JPEG 质量为 100，制证照片也只有 %1 KB，低于下限 %2 KB：图像细节太少（是否失焦？）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No JPEG quality gives a card photo between %1 and %2 KB (quality %3 gives %4 KB): the region&apos;s size bounds are too narrow.</source>
        <translation>没有任何 JPEG 质量能使制证照片大小在 %1 至 %2 KB 之间（质量 %3 时为 %4 KB）：本地区的大小限制范围过窄。</translation>
    </message>
</context>
<context>
    <name>carddesk::PhotoSource</name>
    <message>
        <location filename="../app/photo/FrameSource.cpp" line="+42"/>
        <source>The picture %1 does not exist.</source>
        <translation>图片 %1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture %1 cannot be opened: %2</source>
        <translation>无法打开图片 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a picture that can be read (JPEG, PNG or BMP).</source>
        <translation>%1 不是可读取的图片（JPEG、PNG 或 BMP）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Camera %1 (%2x%3)</source>
        <translation>摄像头 %1（%2×%3）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>Use a still picture or upload a photo instead.</source>
        <translation>请改用静态照片或上传照片。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No camera at %1: is it plugged in?</source>
        <translation>%1 处没有摄像头：是否已连接？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The camera %1 may not be used by this account (add it to the group &apos;video&apos;).</source>
        <translation>此账号无权使用摄像头 %1（请将账号加入“video”组）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The camera %1 cannot be opened: another program may be using it.</source>
        <translation>无法打开摄像头 %1：可能正被其他程序占用。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The camera %1 was unplugged.</source>
        <translation>摄像头 %1 已被拔出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera %1 stopped delivering pictures.</source>
        <translation>摄像头 %1 已停止输出画面。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Video file %1</source>
        <translation>视频文件 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video file %1 does not exist.</source>
        <translation>视频文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The video file %1 cannot be decoded.</source>
        <translation>无法解码视频文件 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The video file %1 is not open.</source>
        <translation>视频文件 %1 未打开。</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Image sequence of %n picture(s)</source>
        <translation>
            <numerusform>图片序列（共 %n 张）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image sequence has no pictures.</source>
        <translation>图片序列中没有图片。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Uploaded picture</source>
        <translation>上传的图片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The uploaded picture is empty or not a colour picture.</source>
        <translation>上传的图片为空或不是彩色图片。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The picture is not open.</source>
        <translation>图片未打开。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a picture source: use camera:N, video:FILE, images:DIR or still:FILE.</source>
        <translation>“%1”不是有效的图像来源：请使用 camera:N、video:FILE、images:DIR 或 still:FILE。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../app/photo/OpenCvPlugin.cpp" line="+42"/>
        <source>The camera and face detection support %1 cannot be loaded: %2. Reinstall the carddesk package.</source>
        <translation>无法加载摄像头和人脸检测支持组件 %1：%2。请重新安装 carddesk 软件包。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The camera and face detection support %1 belongs to another version of CardDesk. Reinstall the carddesk package.</source>
        <translation>摄像头和人脸检测支持组件 %1 属于其他版本的 CardDesk。请重新安装 carddesk 软件包。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The camera and face detection support (%1) is not installed: it was looked for in %2. Reinstall the carddesk package.</source>
        <translation>未安装摄像头和人脸检测支持组件（%1）：已在 %2 中查找。请重新安装 carddesk 软件包。</translation>
    </message>
</context>
<context>
    <name>carddesk::PinChangeWorkflow</name>
    <message>
        <location filename="../app/workflow/CardPinWorkflows.cpp" line="+41"/>
        <source>The citizen now types the current PIN, then the new PIN twice, on the reader&apos;s PIN pad.</source>
        <translation>请群众现在在读卡器密码键盘上先输入原密码，再输入两次新密码。</translation>
    </message>
</context>
<context>
    <name>carddesk::PinPolicy</name>
    <message>
        <location filename="../app/domain/PinPolicy.cpp" line="+89"/>
        <source>The new PIN must have exactly the required number of digits.</source>
        <translation>新密码的位数必须符合规定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN may contain digits only.</source>
        <translation>新密码只能包含数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not be the initial PIN</source>
        <translation>新密码不能是初始密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not be the date of birth</source>
        <translation>新密码不能是出生日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not repeat one digit</source>
        <translation>新密码不能由同一个数字重复组成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must not be a run of consecutive digits</source>
        <translation>新密码不能是连续数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN must differ from the current PIN</source>
        <translation>新密码必须与当前密码不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two entries of the new PIN are not the same</source>
        <translation>两次输入的新密码不一致</translation>
    </message>
</context>
<context>
    <name>carddesk::PluginLibrary</name>
    <message>
        <location filename="../app/core/PluginLibrary.cpp" line="+70"/>
        <source>%1 cannot be loaded from %2: %3. Reinstall the carddesk package.</source>
        <extracomment>%1 a feature (&quot;The supervisors&apos; charts&quot;), %2 a file, %3 the system&apos;s reason</extracomment>
        <translation>无法从 %2 加载%1：%3。请重新安装 carddesk 软件包。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in %2 belongs to another version of CardDesk. Reinstall the carddesk package.</source>
        <extracomment>%1 a feature, %2 a file</extracomment>
        <translation>%2 中的%1属于其他版本的 CardDesk。请重新安装 carddesk 软件包。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not installed (%2 was looked for in %3). Reinstall the carddesk package.</source>
        <extracomment>%1 a feature, %2 a file name, %3 the folders looked in</extracomment>
        <translation>未安装%1（已在 %3 中查找 %2）。请重新安装 carddesk 软件包。</translation>
    </message>
</context>
<context>
    <name>carddesk::ReaderPinPad</name>
    <message>
        <location filename="../app/devices/ReaderPinPad.cpp" line="+41"/>
        <source>Reader PIN pad</source>
        <translation>读卡器密码键盘</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN pad of %1</source>
        <translation>%1 的密码键盘</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reader&apos;s PIN pad takes the PIN during the card command: it never passes it on.</source>
        <translation>读卡器密码键盘在执行卡片指令时直接接收密码，不会向外传送。</translation>
    </message>
</context>
<context>
    <name>carddesk::RegionProfile</name>
    <message>
        <location filename="../app/domain/RegionProfile.cpp" line="+45"/>
        <source>Region profile: &quot;%1&quot; must be a whole number.</source>
        <translation>地区配置：“%1”必须是整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region profile: &quot;%1&quot; must be between %2 and %3 (it is %4).</source>
        <translation>地区配置：“%1”必须在 %2 至 %3 之间（当前为 %4）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Region profile: &quot;%1&quot; must be text.</source>
        <translation>地区配置：“%1”必须是文本。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Region profile: &quot;%1&quot; must be true or false.</source>
        <translation>地区配置：“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Region profile: &quot;%1&quot; must be an object.</source>
        <translation>地区配置：“%1”必须是对象。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Region profile: unknown setting &quot;%1&quot;.</source>
        <translation>地区配置：未知设置项“%1”。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Region profile: &quot;initialPin.rule&quot; must be one of fixed, id-last-six, birth-date-yymmdd, card-number-last-six (it is &quot;%1&quot;).</source>
        <translation>地区配置：“initialPin.rule”必须是 fixed、id-last-six、birth-date-yymmdd、card-number-last-six 之一（当前为“%1”）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Region profile: &quot;approvalRequiredFor&quot; must be a list of reasons.</source>
        <translation>地区配置：“approvalRequiredFor”必须是原因列表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region profile: &quot;approvalRequiredFor&quot; names an unknown reason &quot;%1&quot;; known: %2.</source>
        <translation>地区配置：“approvalRequiredFor”中有未知原因“%1”；可用的原因：%2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region profile: &quot;id&quot; must be a plain name such as &quot;nanjing&quot;.</source>
        <translation>地区配置：“id”必须是简单名称，例如“nanjing”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region profile: &quot;initialPin.value&quot; must be %1 digits, the PIN length.</source>
        <translation>地区配置：“initialPin.value”必须是 %1 位数字，即密码位数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region profile: the initial PIN rule &quot;%1&quot; makes six digits, but &quot;pin.length&quot; is %2.</source>
        <translation>地区配置：初始密码规则“%1”生成 6 位数字，但“pin.length”为 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region profile: &quot;photo.minBytes&quot; is larger than &quot;photo.maxBytes&quot;.</source>
        <translation>地区配置：“photo.minBytes”大于“photo.maxBytes”。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Region profile %1 cannot be read: %2</source>
        <translation>无法读取地区配置 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region profile %1 is not valid JSON (at byte %2: %3).</source>
        <translation>地区配置 %1 不是有效的 JSON（第 %2 字节处：%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Region profile %1 says its id is &quot;%2&quot;; the file name says &quot;%3&quot;.</source>
        <translation>地区配置 %1 中的 id 为“%2”，而文件名为“%3”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a region name.</source>
        <translation>“%1”不是地区名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The region file %1 replaces the built-in profile &quot;%2&quot; but cannot be used: %3 Correct or remove the file.</source>
        <translation>地区文件 %1 替代内置地区配置“%2”，但无法使用：%3 请修正或删除该文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no region profile &quot;%1&quot; (looked in %2 and the built-in profiles).</source>
        <translation>没有地区配置“%1”（已在 %2 和内置配置中查找）。</translation>
    </message>
</context>
<context>
    <name>carddesk::ReissueWorkflow</name>
    <message>
        <location filename="../app/workflow/CardlessWorkflows.cpp" line="+23"/>
        <source>A replacement card has already been applied for.</source>
        <translation>已申请过补换卡。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No details are being asked for at the moment.</source>
        <translation>当前不需要填写信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card is not reported lost: report the loss first (or choose another reason).</source>
        <translation>该卡未挂失：请先办理挂失（或选择其他原因）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This region does not mail cards: the holder collects the card at the branch.</source>
        <translation>本地区不提供邮寄：持卡人须到网点领取新卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the full mailing address.</source>
        <translation>请填写完整的邮寄地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a telephone number for the courier.</source>
        <translation>请填写收件人联系电话。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>领取方式</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>By mail to %1</source>
        <translation>邮寄至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collect at this branch</source>
        <translation>本网点领取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>制卡进度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected ready</source>
        <translation>预计可领取时间</translation>
    </message>
</context>
<context>
    <name>carddesk::ServicePasswordResetWorkflow</name>
    <message>
        <location filename="../app/workflow/PasswordRequestWorkflows.cpp" line="-15"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency resets the password and informs the holder through the registered mobile number.</source>
        <translation>经办机构重置密码后，会通过预留手机号通知持卡人。</translation>
    </message>
</context>
<context>
    <name>carddesk::ServiceWorkflow</name>
    <message>
        <location filename="../app/workflow/ServiceWorkflow.cpp" line="+82"/>
        <source>This workflow has already been started.</source>
        <translation>本业务已经开始。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An auditor account cannot carry out services. Sign in with a clerk or teller account.</source>
        <translation>审计员账号不能办理业务。请使用柜员或银行柜员账号登录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The counter is not set up for this service (%1 missing).</source>
        <translation>本柜台未配置此项业务（缺少 %1）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Scan the proof of guardianship (household register or birth certificate).</source>
        <translation>请扫描监护关系证明（户口簿或出生医学证明）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the authorisation signed by the card holder.</source>
        <translation>请扫描持卡人签字的授权委托书。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Read the agent&apos;s ID card.</source>
        <translation>请读取代办人的身份证。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the card holder&apos;s ID card.</source>
        <translation>请读取持卡人的身份证。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ID card could not be read: %1</source>
        <translation>无法读取身份证：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The number on the holder&apos;s ID card is not valid: %1</source>
        <translation>持卡人身份证上的号码无效：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The holder&apos;s ID card has expired: it cannot be accepted.</source>
        <translation>持卡人的身份证已过期，不能受理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder&apos;s ID card is not valid yet.</source>
        <translation>持卡人的身份证尚未生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The holder is not a minor: a guardian cannot act for them (use the proxy service).</source>
        <translation>持卡人不是未成年人：监护人不能代为办理（请按代办办理）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The holder is younger than %1: a guardian must apply for them.</source>
        <translation>持卡人未满 %1 周岁：须由监护人代为申请。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The number on the agent&apos;s ID card is not valid: %1</source>
        <translation>代办人身份证上的号码无效：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s ID card is not valid today.</source>
        <translation>代办人的身份证今天不在有效期内。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s ID card is the holder&apos;s own: read the agent&apos;s card (or use the normal service).</source>
        <translation>代办人的身份证是持卡人本人的：请读取代办人的身份证（或按本人办理）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is a minor and cannot act for someone else.</source>
        <translation>代办人是未成年人，不能代他人办理。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No authorisation is being asked for at the moment.</source>
        <translation>当前不需要授权材料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan of the document is empty: scan it again.</source>
        <translation>扫描的材料为空：请重新扫描。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The card could not be read: %1</source>
        <translation>无法读取卡片：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ID number on the card is not the one on the ID card: the operation is refused.</source>
        <translation>卡内身份证号码与身份证件上的号码不一致：拒绝办理。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chip PIN is blocked: it cannot be changed. Use the PIN reset or unblock service.</source>
        <translation>芯片密码已锁定，无法修改。请办理密码重置或密码解锁。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The chip PIN has %n try(s) left.</source>
        <translation>
            <numerusform>芯片密码还可尝试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card expired on %1.</source>
        <translation>该卡已于 %1 过期。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No reference data on this counter: the card&apos;s status cannot be checked.</source>
        <translation>本柜台没有参考数据：无法核查卡片状态。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card is reported lost: it cannot be used. Apply for a replacement card.</source>
        <translation>该卡已挂失，不能使用。请申请补换卡。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card has been cancelled: it cannot be used.</source>
        <translation>该卡已注销，不能使用。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The name on the ID card differs from the name on record: compare them.</source>
        <translation>身份证上的姓名与登记的姓名不一致：请核对。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The names match except for %n rare character(s) the card cannot store.</source>
        <translation>
            <numerusform>除 %n 个卡片无法存储的生僻字外，姓名一致。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The clerk refused: the names do not belong to one person.</source>
        <translation>柜员拒绝：两个姓名不属于同一人。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The confirmation could not be recorded (%1): the operation cannot continue.</source>
        <translation>无法记录确认结果（%1）：业务无法继续。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No photo is being asked for at the moment.</source>
        <translation>当前不需要拍照。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo is empty: take it again.</source>
        <translation>照片为空：请重新拍摄。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The card photo is %1 KB; this region needs %2 to %3 KB. Take or compress it again.</source>
        <translation>制证照片为 %1 KB；本地区要求 %2 至 %3 KB。请重新拍摄或压缩。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The manual capture could not be recorded (%1): the operation cannot continue.</source>
        <translation>无法记录手动拍照（%1）：业务无法继续。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A photo is required for this holder.</source>
        <translation>该持卡人必须拍照。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No photo: the holder is younger than %1.</source>
        <translation>无需拍照：持卡人未满 %1 周岁。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The citizen cancelled the PIN entry.</source>
        <translation>群众取消了密码输入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody entered a PIN in time.</source>
        <translation>未在规定时间内输入密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN entry device failed: %1</source>
        <translation>密码输入设备故障：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+16"/>
        <source>No acceptable new PIN was entered: %1</source>
        <translation>未输入符合要求的新密码：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A supervisor&apos;s approval is needed but cannot be given here.</source>
        <translation>需要主管审批，但无法在此处审批。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor must approve this operation.</source>
        <translation>此业务须经主管审批。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+72"/>
        <source>The supervisor&apos;s sign-in is still being checked.</source>
        <translation>正在核验主管的登录信息。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Another person must approve: operators cannot approve their own operations.</source>
        <translation>须由其他人审批：操作员不能审批自己办理的业务。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not approved: %1</source>
        <translation>未获批准：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supervisor could not be authenticated</source>
        <translation>无法验证主管身份</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This counter cannot send approval requests to the supervisors.</source>
        <translation>本柜台无法向主管发送审批申请。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request is already waiting in the supervisors&apos; queue.</source>
        <translation>该申请已在主管审批队列中等待。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request could not be sent to the supervisors: %1</source>
        <translation>无法将申请发送给主管：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent to the supervisors: waiting for their decision.</source>
        <translation>已发送给主管：等待主管审批。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The approval request is no longer in the supervisors&apos; queue: send it again or ask a supervisor to sign here.</source>
        <translation>审批申请已不在主管审批队列中：请重新发送，或请主管在此登录审批。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>The approval request was withdrawn.</source>
        <translation>审批申请已撤回。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Approved by %1.</source>
        <translation>已由 %1 批准。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The supervisor %1 rejected the request: %2. Nothing was changed.</source>
        <translation>主管 %1 拒绝了该申请：%2。未作任何修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The request could not be withdrawn: %1</source>
        <translation>无法撤回申请：%1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The card refused: %1</source>
        <translation>卡片拒绝操作：%1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The bank (financial) PIN of this card is a different secret and was not changed: the bank resets it.</source>
        <translation>该卡的银行（金融）密码是另一个密码，本次未修改：须由银行重置。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done. Operation number %1.</source>
        <translation>办理完成。业务编号 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request could not be recorded (%1): it was NOT submitted. Try again.</source>
        <translation>申请无法记录（%1）：申请未提交。请重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The card WAS changed, but the operation could not be recorded (%1). Do not repeat the operation on the card: retry recording, or call a supervisor.</source>
        <translation>卡片已经修改，但业务无法记录（%1）。请勿在卡上重复操作：请重新记录，或联系主管。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The card is being written: the operation finishes and is recorded first.</source>
        <translation>正在写卡：须先完成并记录本次业务。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Abandoned without a record: the card WAS changed. A supervisor must follow this up.</source>
        <translation>未记录即放弃：卡片已经修改。须由主管跟进处理。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cancellation could not be recorded: %1</source>
        <translation>无法记录取消操作：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was changed on the card.</source>
        <translation>已取消。卡片未作任何修改。</translation>
    </message>
</context>
<context>
    <name>carddesk::SyncCycle</name>
    <message numerus="yes">
        <location filename="../app/sync/SyncCycle.cpp" line="+49"/>
        <source>This counter&apos;s CardDesk speaks agency schema %1, but the agency database (schema %2) needs at least %3. Update CardDesk; the %n operation(s) waiting here are kept and will be sent after the update.</source>
        <translation>
            <numerusform>本柜台的 CardDesk 使用经办机构数据结构版本 %1，但经办机构数据库（版本 %2）要求至少为版本 %3。请升级 CardDesk；本机等待上传的 %n 笔业务会保留，升级后再上传。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The agency reported a problem with this counter&apos;s audit log (%1): %2. A supervisor must look at it.</source>
        <translation>经办机构报告本柜台的审计日志有问题（%1）：%2。须由主管查看。</translation>
    </message>
</context>
<context>
    <name>carddesk::TestIdDocumentReader</name>
    <message>
        <location filename="../app/devices/IdDocumentReader.cpp" line="+25"/>
        <source>No ID card on the reader.</source>
        <translation>身份证阅读器上没有身份证。</translation>
    </message>
</context>
<context>
    <name>carddesk::WorkflowText</name>
    <message>
        <location filename="../app/workflow/WorkflowTypes.cpp" line="+60"/>
        <source>Reset the chip PIN (forgotten PIN)</source>
        <translation>芯片密码重置（忘记密码）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the chip PIN</source>
        <translation>修改芯片密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unblock the chip PIN</source>
        <translation>芯片密码解锁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report the card lost</source>
        <translation>卡片挂失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply for a replacement card</source>
        <translation>申请补换卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the service password (12333, online services)</source>
        <translation>服务密码重置（12333、网上服务）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the medical insurance electronic certificate password</source>
        <translation>医保电子凭证密码重置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chip PIN of the social security application (on the card)</source>
        <translation>卡内社会保障应用的芯片密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip PIN try counter cleared (the PIN itself is unchanged)</source>
        <translation>已清除芯片密码错误计数（密码本身不变）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service password (12333, online services): reset requested from the agency</source>
        <translation>服务密码（12333、网上服务）：已向经办机构申请重置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical insurance electronic certificate password: reset requested from the agency</source>
        <translation>医保电子凭证密码：已向经办机构申请重置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Application received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card being printed</source>
        <translation>制卡中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for collection</source>
        <translation>可领取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailed</source>
        <translation>已邮寄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered</source>
        <extracomment>A mailed replacement card reached the citizen.</extracomment>
        <translation>已签收</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Cancelled</source>
        <extracomment>A card reissue application was cancelled.</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the holder&apos;s ID card on the ID reader</source>
        <translation>请将持卡人的身份证放在身份证阅读器上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the agent&apos;s ID card on the ID reader</source>
        <translation>请将代办人的身份证放在身份证阅读器上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the authorisation or proof of guardianship</source>
        <translation>请扫描授权委托书或监护关系证明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the social security card</source>
        <translation>正在读取社会保障卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the reference data</source>
        <translation>正在核查参考数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The names differ: compare them and confirm</source>
        <translation>姓名不一致：请核对并确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the details of the application</source>
        <translation>请填写申请信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen enters the current PIN</source>
        <translation>群众输入原密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen enters the new PIN</source>
        <translation>群众输入新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen enters the new PIN again</source>
        <translation>群众再次输入新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervisor must approve</source>
        <translation>须经主管审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing to the card</source>
        <translation>正在写卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the operation</source>
        <translation>正在记录业务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card was changed but the operation is not recorded</source>
        <translation>卡片已修改，但业务未记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/supervisor/AuditTableModel.cpp" line="+95"/>
        <source>ok</source>
        <extracomment>result column of the audit log: the step succeeded</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No.</source>
        <extracomment>audit log column: the entry&apos;s sequence number</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <extracomment>audit log column</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <extracomment>audit log column: what happened</extracomment>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <extracomment>audit log column: succeeded or failed</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator</source>
        <extracomment>audit log column: who did it</extracomment>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <extracomment>audit log column: the service branch (office)</extracomment>
        <translation>网点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counter</source>
        <extracomment>audit log column: the service counter (terminal)</extracomment>
        <translation>柜台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID number</source>
        <extracomment>audit log column: the holder&apos;s masked ID number</extracomment>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <extracomment>audit log column: the masked social-security card number</extracomment>
        <translation>卡片</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ChartPanel</name>
    <message>
        <location filename="../ui/plugins/ChartPanel.cpp" line="+26"/>
        <source>The dashboard&apos;s charts</source>
        <translation>仪表板图表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dashboard&apos;s charts are incomplete in %1. Reinstall the carddesk package.</source>
        <translation>%1 中的仪表板图表组件不完整。请重新安装 carddesk 软件包。</translation>
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
        <translation>培训网点</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No camera is configured.</source>
        <translation>未配置摄像头。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reader: none</source>
        <translation>读卡器：无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers: card and PSAM ready</source>
        <extracomment>Status bar: the citizen-card reader and the PSAM (security module) reader are both connected.</extracomment>
        <translation>读卡器：社保卡和 PSAM 读卡器就绪</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers: no PSAM reader</source>
        <extracomment>Status bar: the PSAM (security module) reader is missing; PIN reset/unblock cannot work.</extracomment>
        <translation>读卡器：未连接 PSAM 读卡器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readers: no card reader</source>
        <extracomment>Status bar: only the PSAM reader is connected, no reader for the citizen&apos;s card.</extracomment>
        <translation>读卡器：未连接社保卡读卡器</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reader: card service (pcscd) not running</source>
        <translation>读卡器：智能卡服务（pcscd）未运行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Card: inserted</source>
        <translation>卡片：已插入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Camera: none</source>
        <translation>摄像头：无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera: %1</source>
        <translation>摄像头：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>device %1</source>
        <extracomment>Status bar: the camera device, e.g. &quot;device 0&quot; or &quot;device /dev/video0&quot;.</extracomment>
        <translation>设备 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>video %1</source>
        <extracomment>Status bar: photos come from a video file (training, tests).</extracomment>
        <translation>视频 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pictures in %1</source>
        <extracomment>Status bar: photos come from a folder of pictures (training, tests).</extracomment>
        <translation>%1 中的图片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picture %1</source>
        <extracomment>Status bar: photos come from one picture file (training, tests).</extracomment>
        <translation>图片 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Readers:</source>
        <translation>读卡器：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (citizen card)</source>
        <translation>（社保卡）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (PSAM)</source>
        <translation>（PSAM卡）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN pad: none (the customer PIN window is used)</source>
        <translation>密码键盘：无（使用群众密码窗口）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN pad features: %1</source>
        <translation>密码键盘功能：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>integrity check: ok</source>
        <translation>完整性检查：正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity check FAILED: %1</source>
        <translation>完整性检查失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync:</source>
        <translation>同步：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off (training mode)</source>
        <translation>关闭（培训模式）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n operation(s) waiting</source>
        <translation>
            <numerusform>%n 笔业务待上传</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not configured</source>
        <translation>未配置</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::CustomerPinEntry</name>
    <message>
        <location filename="../ui/CustomerPinWindow.cpp" line="+241"/>
        <source>Customer PIN window</source>
        <translation>群众密码窗口</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customer PIN window is not available.</source>
        <translation>群众密码窗口不可用。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Thank you. Please wait for the clerk.</source>
        <translation>谢谢！请稍候，工作人员正在为您办理。</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::CustomerPinWindow</name>
    <message>
        <location line="-73"/>
        <source>PIN entry</source>
        <translation>密码输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome</source>
        <translation>您好，欢迎办理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter your CURRENT card PIN</source>
        <translation>请输入社保卡的原密码</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Please enter your NEW card PIN (%n digits)</source>
        <translation>
            <numerusform>请输入新的社保卡密码（%n 位数字）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter the NEW PIN again</source>
        <translation>请再次输入新密码</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::DiagnosticsPage</name>
    <message>
        <location filename="../ui/DiagnosticsPage.cpp" line="+60"/>
        <source>The report was copied: paste it into the support request.</source>
        <translation>报告已复制：请粘贴到技术支持申请中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save diagnostics report</source>
        <translation>保存诊断报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CardDesk diagnostics, %1</source>
        <translation>CardDesk 诊断报告，%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch: %1, counter: %2</source>
        <translation>网点：%1，柜台：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAINING MODE</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region profile: %1 (%2)</source>
        <translation>地区配置：%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No device information available.</source>
        <translation>没有可用的设备信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Diagnostics</source>
        <extracomment>Heading of the page listing readers, camera, database and versions for support.</extracomment>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report... (Ctrl+S)</source>
        <translation>保存报告(&amp;S)...（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation>返回（Esc）</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::HistoryPage</name>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="+94"/>
        <source>Done</source>
        <extracomment>History, result column: the operation was carried out.</extracomment>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n operation(s) shown.</source>
        <translation>
            <numerusform>显示 %n 笔业务。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history is not available: the local store is not open.</source>
        <translation>无法查看历史记录：本地数据库未打开。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a card reissue first (arrow keys), then press F9.</source>
        <translation>请先选择一笔补换卡业务（方向键），再按 F9。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The replacement card of %1 is not ready for collection at the branch: its status is &quot;%2&quot;.</source>
        <translation>业务 %1 的新卡尚不能在网点领取：当前状态为“%2”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Card collected</source>
        <translation>领卡确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did %1 (%2) receive the replacement card of application %3? Check the ID card first.</source>
        <translation>%1（%2）是否已领取申请 %3 的新卡？请先核对身份证。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded: the citizen collected the replacement card of %1.</source>
        <translation>已记录：群众已领取业务 %1 的新卡。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select an operation first (arrow keys), then press F8.</source>
        <translation>请先用方向键选择一笔业务，再按 F8。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>Receipt reprinted: %1</source>
        <translation>已重新打印回执：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Search</source>
        <extracomment>Search field of the history: matches operation number, masked ID, name or card number.</extracomment>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation</source>
        <extracomment>History column: the operation number printed on the receipt.</extracomment>
        <translation>业务编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <extracomment>History column: which service (PIN reset, loss report, ...).</extracomment>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <extracomment>History column: the social security card number.</extracomment>
        <translation>卡号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <extracomment>History column: done, or not done and why.</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card tracking</source>
        <extracomment>History column: where a replacement card is (printing, ready, collected, ...).</extracomment>
        <translation>制卡进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt (F8)</source>
        <translation>重新打印回执（F8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card collected (F9)</source>
        <translation>领卡登记（F9）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation>返回（Esc）</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::HomePage</name>
    <message>
        <location filename="../ui/HomePage.cpp" line="+62"/>
        <source>Operations at this counter today: %1</source>
        <translation>本柜台今日业务量：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a service</source>
        <translation>请选择业务</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::LoginPage</name>
    <message>
        <location filename="../ui/LoginPage.cpp" line="+104"/>
        <source>Enter your operator ID.</source>
        <translation>请输入操作员工号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in is not available: the operator accounts could not be opened. Ask the administrator to check the local database.</source>
        <translation>无法登录：操作员账号无法打开。请管理员检查本地数据库。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign-in failed. Check the operator ID and password.</source>
        <translation>登录失败。请检查操作员工号和密码。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CardDesk sign-in</source>
        <translation>CardDesk 登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked: %1 must sign in again</source>
        <translation>已锁定：请 %1 重新登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch: %1    Counter: %2</source>
        <extracomment>Shown on the sign-in screen: which branch (office) and which counter this computer is.</extracomment>
        <translation>网点：%1    柜台：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Operator ID</source>
        <translation>操作员工号(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAINING MODE</source>
        <extracomment>Training mode marker; the Chinese is 培训模式.</extracomment>
        <translation>培训模式</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+118"/>
        <source>Reader: unknown</source>
        <extracomment>Status bar: the state of the citizen-card reader is not known yet.</extracomment>
        <translation>读卡器：未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+264"/>
        <source>Card: none</source>
        <extracomment>Status bar: no citizen card in the reader.</extracomment>
        <translation>卡片：无</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Camera: unknown</source>
        <extracomment>Status bar: the state of the counter camera is not known yet.</extracomment>
        <translation>摄像头：未知</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Settings are for administrators only: ask your administrator.</source>
        <translation>设置仅限管理员使用：请联系管理员。</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Sync: off (training)</source>
        <extracomment>Training mode never talks to the agency.</extracomment>
        <translation>同步：关闭（培训模式）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: not configured</source>
        <translation>同步：未配置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: online</source>
        <translation>同步：在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync: OFFLINE</source>
        <translation>同步：离线</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n 笔待上传</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last %1</source>
        <translation>最近同步 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) at %3</source>
        <extracomment>Status bar: who is signed in, their role, and the counter.</extracomment>
        <translation>%1（%2），柜台 %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>CardDesk - social security card counter</source>
        <translation>CardDesk - 社会保障卡柜台</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+30"/>
        <source>TRAINING MODE</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Social security card PIN services</source>
        <translation>社会保障卡密码服务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Services</source>
        <extracomment>Title of the home screen: the list of counter services.</extracomment>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service in progress</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History of this counter</source>
        <translation>本柜台历史记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <extracomment>Title of the administrator&apos;s settings screen.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics</source>
        <extracomment>Title of the screen listing readers, camera, database and versions for support.</extracomment>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+H history | F12 diagnostics | Ctrl+, settings | Ctrl+L lock | Ctrl+Q sign out</source>
        <translation>Ctrl+H 历史记录 | F12 诊断 | Ctrl+, 设置 | Ctrl+L 锁定 | Ctrl+Q 退出登录</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::PhotoStep</name>
    <message>
        <location filename="../ui/PhotoStep.cpp" line="+90"/>
        <source>No camera is configured.</source>
        <translation>未配置摄像头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reason in the field below and press Alt+M to go on without a photo, or fix the camera in Settings.</source>
        <translation>请在下方输入原因，然后按 Alt+M 不拍照继续；或在“设置”中配置摄像头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera: not available</source>
        <translation>摄像头：不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No camera</source>
        <translation>无摄像头</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera: %1</source>
        <extracomment>Status bar: %1 is the camera in use (a device or file path).</extracomment>
        <translation>摄像头：%1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The video ended without a usable photo. Press Alt+R to retake, or capture manually.</source>
        <translation>视频已结束，未得到合格的照片。请按 Alt+R 重拍，或手动拍照。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera: error</source>
        <translation>摄像头：故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the camera cable, then press Alt+R to retry.</source>
        <translation>请检查摄像头连接线，然后按 Alt+R 重试。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Automatic checks are off: capture manually.</source>
        <translation>自动检测已关闭：请手动拍照。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good. Hold still...</source>
        <translation>很好，请保持不动……</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Alt+R to retake.</source>
        <translation>按 Alt+R 重拍。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo taken automatically. Press Enter to go on, Alt+R to retake.</source>
        <translation>已自动拍照。按 Enter 继续，按 Alt+R 重拍。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo taken manually. Press Enter to go on, Alt+R to retake.</source>
        <translation>已手动拍照。按 Enter 继续，按 Alt+R 重拍。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A manual capture needs a reason: type it in the reason field (Alt+E).</source>
        <translation>手动拍照需要填写原因：请在原因栏（Alt+E）中输入。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Going on without a photo. Reason: %1</source>
        <translation>不拍照继续。原因：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No picture yet: wait for the preview, then capture again.</source>
        <translation>尚无画面：请等待预览出现后再拍照。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Retake</source>
        <translation>重拍(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture &amp;manually</source>
        <translation>手动拍照(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eason</source>
        <extracomment>Why the clerk took the photo without the automatic checks passing (or without a camera).</extracomment>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the citizen to look at the camera.</source>
        <translation>请群众看向摄像头。</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ReceiptPrinter</name>
    <message>
        <location filename="../ui/ReceiptPrinter.cpp" line="+26"/>
        <source>TRAINING MODE - NOT VALID</source>
        <extracomment>Printed on every receipt made in training mode; the Chinese is 培训模式.</extracomment>
        <translation>培训模式 - 无效回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security card service receipt</source>
        <translation>社会保障卡业务回执</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation number</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent / guardian ID number</source>
        <translation>代办人/监护人身份证号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signature of the citizen:</source>
        <translation>群众签字：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The receipt could not be written to %1. Check the disk and the folder&apos;s permissions, then print it again from the history.</source>
        <translation>回执无法写入 %1。请检查磁盘和文件夹权限，然后在历史记录中重新打印。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing</source>
        <translation>打印功能</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing is incomplete in %1. Reinstall the carddesk package.</source>
        <translation>%1 中的打印组件不完整。请重新安装 carddesk 软件包。</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ServiceFlowPage</name>
    <message>
        <location filename="../ui/ServiceFlowPage.cpp" line="+72"/>
        <source>Offer a card reissue instead.</source>
        <translation>请改为办理补换卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the service again and let the citizen choose another PIN.</source>
        <translation>请重新开始本业务，并请群众另设新密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the citizen the supervisor&apos;s reason; once it is resolved, start the service again.</source>
        <translation>请向群众说明主管的理由；问题解决后，重新开始办理本业务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call the administrator: the local store could not write.</source>
        <translation>请联系管理员：本地数据库无法写入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the documents and start the service again if appropriate.</source>
        <translation>请核对证件，如有需要重新开始本业务。</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Type the data from the document instead.</source>
        <translation>请改为手工录入证件信息。</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No temporary report: this is the first report of the loss.</source>
        <translation>无临时挂失：本次为首次挂失。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time of the temporary report cannot lie in the future.</source>
        <translation>临时挂失时间不能晚于现在。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Within the region&apos;s deadline of %n hour(s): the temporary report is confirmed.</source>
        <translation>
            <numerusform>未超过本地区规定的 %n 小时期限：临时挂失确认有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Older than the region&apos;s deadline of %n hour(s): the temporary report has lapsed; this is recorded as a new report.</source>
        <translation>
            <numerusform>已超过本地区规定的 %n 小时期限：临时挂失已失效，本次按新挂失记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+305"/>
        <location line="+12"/>
        <location line="+280"/>
        <source>Insert the citizen&apos;s social security card into the reader (chip first).</source>
        <translation>请将群众的社会保障卡插入读卡器（芯片一端朝前）。</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Working on the card: please wait.</source>
        <translation>正在操作卡片：请稍候。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the automatic capture, or type a reason and capture manually (Alt+M).</source>
        <translation>请等待自动拍照，或输入原因后手动拍照（Alt+M）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A photo is required for this holder: connect a camera (Settings) or take the photo with another camera.</source>
        <translation>该持卡人必须拍照：请连接摄像头（“设置”），或用其他摄像头拍照。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Type the 18-character ID number from the citizen&apos;s document.</source>
        <translation>请输入群众证件上的 18 位身份证号码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid: %1, born %2, %3, age %4</source>
        <extracomment>Shown as the clerk types a valid ID number: province, birth date, sex, age.</extracomment>
        <translation>有效：%1，出生日期 %2，%3，%4 岁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On record: %1, %2, card %3, card status: %4</source>
        <translation>登记信息：%1，%2，卡号 %3，卡状态：%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person is not in the local reference data (it may not be synced yet).</source>
        <translation>本地参考数据中没有此人（可能尚未同步）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the agent&apos;s or guardian&apos;s ID number.</source>
        <translation>请输入代办人或监护人的身份证号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>The agent must be another person than the holder.</source>
        <translation>代办人必须是持卡人以外的其他人。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the citizen&apos;s ID number first.</source>
        <translation>请先输入群众的身份证号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the name as printed on the ID card.</source>
        <translation>请按身份证上的写法输入姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID card has expired: ask for a valid document.</source>
        <translation>身份证已过期：请群众出示有效证件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder is %1 years old: a guardian can act only for a holder under %2.</source>
        <translation>持卡人已满 %1 周岁：监护人只能为未满 %2 周岁的持卡人办理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder is under %1: choose &quot;Guardian of a minor&quot; and enter the guardian&apos;s ID.</source>
        <translation>持卡人未满 %1 周岁：请选择“未成年人监护人”，并输入监护人的身份证号码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a valid ID number for the agent or guardian.</source>
        <translation>请输入代办人或监护人的有效身份证号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the agent&apos;s name as printed on their ID card.</source>
        <translation>请按代办人身份证上的写法输入其姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the proof of guardianship (Alt+U).</source>
        <translation>请扫描监护关系证明（Alt+U）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the signed authorisation (Alt+U).</source>
        <translation>请扫描签字的授权委托书（Alt+U）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No picture of the document: %1. Check the camera.</source>
        <translation>没有材料图像：%1。请检查摄像头。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no camera</source>
        <translation>无摄像头</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanned (%1 KB).</source>
        <translation>已扫描（%1 KB）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No card reader is configured.</source>
        <translation>未配置读卡器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the reader settings or call the administrator.</source>
        <translation>请检查读卡器设置或联系管理员。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The card was removed. Its data was cleared: insert the card again.</source>
        <translation>卡片已被拔出，卡片数据已清除：请重新插卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card: none</source>
        <extracomment>Status bar: no citizen card in the reader.</extracomment>
        <translation>卡片：无</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Card: wrong reader</source>
        <extracomment>Status bar: the citizen card (or the PSAM) is in the wrong card reader.</extracomment>
        <translation>卡片：插错读卡器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card inserted. Press Enter to read it.</source>
        <translation>已插卡。按 Enter 读卡。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip PIN: BLOCKED (no tries left).</source>
        <translation>芯片密码：已锁定（无剩余次数）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+200"/>
        <source>Chip PIN tries left: %1</source>
        <translation>芯片密码剩余次数：%1</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Card: inserted</source>
        <extracomment>Status bar: a citizen card is in the reader (not read yet).</extracomment>
        <translation>卡片：已插入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card: error</source>
        <extracomment>Status bar: the reader reports an error with the citizen card.</extracomment>
        <translation>卡片：错误</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The name on the ID card (%1) differs from the name on record (%2). Compare the documents; tick the box and press Enter if they are the same person, Esc to refuse.</source>
        <translation>身份证上的姓名（%1）与登记的姓名（%2）不一致。请核对证件；如确为同一人，勾选确认框后按 Enter，否则按 Esc 拒绝办理。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The reader&apos;s PIN pad cannot be used now: the citizen types on the customer window.</source>
        <translation>读卡器密码键盘当前无法使用：请群众在群众窗口输入。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Reading the card: do not remove it...</source>
        <translation>正在读卡：请勿拔卡……</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card: reading</source>
        <extracomment>Status bar: the citizen&apos;s card is being read.</extracomment>
        <translation>卡片：正在读取</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Working on the card: do not remove it...</source>
        <translation>正在操作卡片：请勿拔卡……</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Card read.</source>
        <translation>读卡完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number: %1
Holder: %2, ID %3
Valid until %4, specification %5%6</source>
        <translation>卡号：%1
持卡人：%2，身份证号 %3
有效期至 %4，规范版本 %5%6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ID number on the card matches the document.</source>
        <translation>卡内身份证号码与证件一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+340"/>
        <source>Card: %1</source>
        <extracomment>Status bar: %1 is the social security card number.
----------
Confirm summary: %1 is the social security card number.</extracomment>
        <translation>卡片：%1</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>The time of the temporary report cannot lie in the future: correct it.</source>
        <translation>临时挂失时间不能晚于现在：请更正。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the recipient&apos;s mobile number: the courier calls it on delivery.</source>
        <translation>请输入收件人的手机号码：快递员派送时会拨打此号码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a mainland mobile number: it has 11 digits and starts with 13 to 19 (e.g. 139 1234 5678).</source>
        <translation>“%1”不是有效的大陆手机号码：手机号码为 11 位数字，以 13 至 19 开头（例如 139 1234 5678）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Done. %1</source>
        <extracomment>The result: %1 says which secret was changed.</extracomment>
        <translation>办理成功。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chip PIN tries now: %1 of %2.</source>
        <translation>芯片密码当前剩余次数：%1/%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the new chip PIN works from now on; keep it secret. The bank PIN is unchanged.</source>
        <translation>请告知群众：新的芯片密码即时生效，请妥善保管、不要告诉他人。银行密码没有改变。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the chip PIN works again with the old digits. If they forgot it, use &quot;Reset card PIN&quot;.</source>
        <translation>请告知群众：芯片密码已恢复可用，密码不变。如忘记密码，请改办“芯片密码重置”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the card is blocked for social security services from now on; a replacement card can be applied for (fee %1 yuan).</source>
        <translation>请告知群众：从现在起该卡的社保功能已停用；可以申请补换卡（费用 %1 元）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell the citizen: the new card will be ready in about %1 working days.</source>
        <translation>请告知群众：新卡约 %1 个工作日后可领取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the citizen: the agency resets the password once the request reaches it, and tells them how to set a new one.</source>
        <translation>请告知群众：申请送达经办机构后即重置密码，届时会告知您如何设置新密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not done. %1</source>
        <extracomment>The result: %1 is what went wrong.</extracomment>
        <translation>办理未成功。%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operation number: %1</source>
        <translation>业务编号：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This operation was not recorded, so there is no receipt.</source>
        <translation>本业务未记录，因此没有回执。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Receipt saved: %1</source>
        <translation>回执已保存：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Identity</source>
        <extracomment>Step bar: checking the citizen&apos;s ID document.</extracomment>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <extracomment>Step bar: the social security card in the reader.</extracomment>
        <translation>卡片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <extracomment>Step bar: service details (loss report time, reissue delivery).</extracomment>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <extracomment>Step bar: taking the citizen&apos;s photo.</extracomment>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <extracomment>The step where the citizen types the PIN(s).</extracomment>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <extracomment>Supervisor approval (when needed) and executing the service.</extracomment>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <extracomment>Step bar: the outcome of the service.</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (PgUp)</source>
        <translation>上一步（PgUp）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish (Enter)</source>
        <translation>完成（Enter）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next (Enter)</source>
        <translation>下一步（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name on the ID card</source>
        <translation>身份证上的姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid until</source>
        <translation>有效期至(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Long-term</source>
        <extracomment>The ID card has no end date (长期).</extracomment>
        <translation>长期(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applicant</source>
        <translation>申请人(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Guardian&apos;s ID number</source>
        <translation>监护人身份证号码(&amp;G)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;gent&apos;s ID number</source>
        <translation>代办人身份证号码(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s na&amp;me</source>
        <translation>监护人姓名(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent&apos;s na&amp;me</source>
        <translation>代办人姓名(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their ID card valid until</source>
        <translation>其身份证有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan proof of guardianship (Alt+U)</source>
        <translation>扫描监护关系证明（Alt+U）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan signed authorisation (Alt+U)</source>
        <translation>扫描授权委托书（Alt+U）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read ID card (F9)</source>
        <translation>读取身份证（F9）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I checked: the ID card and the card belong to the same person</source>
        <translation>已核对：身份证与社保卡属于同一人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already reported by &amp;phone or online, at:</source>
        <extracomment>已电话/网上挂失: the citizen made a temporary loss report by phone or online before coming.</extracomment>
        <translation>已通过电话或网上挂失(&amp;P)，挂失时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the citizen made the temporary report (not in the future)</source>
        <translation>群众办理临时挂失的时间（不能晚于现在）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Circumstances (optional)</source>
        <translation>情况说明(&amp;C)（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost (already reported)</source>
        <translation>丢失（已挂失）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery</source>
        <translation>领取方式(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect at this branch</source>
        <translation>本网点领取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By mail</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing &amp;address</source>
        <translation>邮寄地址(&amp;A)</translation>
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
        <translation>留空则为持卡人本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mobile number</source>
        <translation>手机号码(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 digits, for the courier</source>
        <translation>11 位数字，供快递员联系</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The citizen types on the reader&apos;s &amp;PIN pad (Alt+P)</source>
        <extracomment>客户在读卡器密码键盘上输入: the citizen types the PINs on the card reader&apos;s own PIN pad.</extracomment>
        <translation>群众在读卡器密码键盘上输入(&amp;P)（Alt+P）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instead of the customer window: the PINs never reach this computer.</source>
        <translation>代替群众窗口：密码不会传到本计算机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The citizen types the CURRENT PIN, then the NEW PIN twice, on the reader&apos;s PIN pad%1. Each entry ends with the pad&apos;s OK key.</source>
        <translation>群众在读卡器密码键盘%1上先输入原密码，再输入两次新密码。每次输入后按键盘上的确认键。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The citizen will type the PINs on the reader&apos;s PIN pad.</source>
        <translation>群众将在读卡器密码键盘上输入密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The citizen is entering the CURRENT PIN on the customer window.</source>
        <translation>群众正在群众窗口输入原密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The citizen is entering the new PIN a second time.</source>
        <translation>群众正在第二次输入新密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The citizen is entering the NEW PIN on the customer window.</source>
        <translation>群众正在群众窗口输入新密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service: %1</source>
        <translation>业务：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder: %1 (%2)</source>
        <translation>持卡人：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A supervisor must approve this operation (%1): the supervisor types their own ID and password here, then Enter.</source>
        <extracomment>%1: why, e.g. &quot;an agent acts for the holder&quot;.</extracomment>
        <translation>此业务须经主管审批（%1）：请主管在此输入本人工号和密码，然后按 Enter。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to the supervisors&apos; queue instead (Alt+Q)</source>
        <translation>改为发送到主管审批队列（Alt+Q）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the request (Alt+W)</source>
        <translation>撤回申请（Alt+W）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a supervisor&apos;s decision in the supervisor console: %1 for %2 (%3), sent at %4. The service goes on as soon as it is approved; a supervisor may also sign here.</source>
        <translation>正在等待主管在主管控制台审批：%2（%3）的%1，发送时间 %4。批准后业务将自动继续；主管也可以在此登录审批。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Supervisor ID</source>
        <translation>主管工号(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor &amp;password</source>
        <translation>主管密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print receipt (F8)</source>
        <translation>打印回执（F8）</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::ServiceText</name>
    <message>
        <location filename="../ui/ServiceText.cpp" line="+19"/>
        <source>Reset card PIN (forgotten)</source>
        <extracomment>The citizen forgot the chip PIN of the social security card.</extracomment>
        <translation>芯片密码重置（忘记密码）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change card PIN</source>
        <translation>修改芯片密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unblock card PIN</source>
        <extracomment>Clear the try counter of a blocked chip PIN.</extracomment>
        <translation>芯片密码解锁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report card loss</source>
        <translation>挂失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reissue card</source>
        <translation>补换卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset service password</source>
        <extracomment>The 12333 / web service (query) password, not the chip PIN.</extracomment>
        <translation>服务密码重置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset e-certificate password</source>
        <extracomment>The medical insurance electronic certificate (医保电子凭证) password.</extracomment>
        <translation>医保电子凭证密码重置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chip PIN of the social security application on the card was changed. The bank PIN of the card is NOT changed: that is done by the bank.</source>
        <translation>已修改卡内社会保障应用的芯片密码。该卡的银行密码没有改变，银行密码须由银行办理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The try counter of the chip PIN was cleared; the chip PIN itself is unchanged. The bank PIN of the card is NOT affected.</source>
        <translation>已清除芯片密码的错误计数，芯片密码本身不变。该卡的银行密码不受影响。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card is reported lost. No PIN was changed.</source>
        <translation>该卡已挂失。未修改任何密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new card was requested. No PIN was changed.</source>
        <translation>已申请新卡。未修改任何密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reset of the service (12333 / online) password was requested from the agency. The chip PIN and the bank PIN are unchanged.</source>
        <translation>已向经办机构申请重置服务密码（12333/网上服务）。芯片密码和银行密码不变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reset of the medical insurance e-certificate password was requested from the agency. The chip PIN and the bank PIN are unchanged.</source>
        <translation>已向经办机构申请重置医保电子凭证密码。芯片密码和银行密码不变。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ask the citizen to enter the PIN again carefully, or use &quot;Reset card PIN&quot; if it is forgotten.</source>
        <translation>请群众仔细重新输入密码；如忘记密码，请改办“芯片密码重置”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this service and use &quot;Unblock card PIN&quot; or &quot;Reset card PIN&quot;.</source>
        <translation>请取消本业务，改办“芯片密码解锁”或“芯片密码重置”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the card back and ask for the citizen&apos;s own social security card.</source>
        <translation>请退还该卡，并请群众出示本人的社会保障卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the citizen&apos;s card into the reader, chip first, then continue.</source>
        <translation>请将群众的卡片插入读卡器（芯片一端朝前），然后继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the card to the reader the message names, then continue. Nothing was written to it.</source>
        <translation>请按提示将卡片移到相应的读卡器，然后继续。卡片未被写入任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the same card back into the reader and start the step again. Nothing was written to it.</source>
        <translation>请将同一张卡片插回读卡器，重新开始该步骤。卡片未被写入任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the card reader is plugged in; if it still fails, restart the computer or call support.</source>
        <translation>请检查读卡器是否已连接；如仍失败，请重启计算机或联系技术支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close other programs that use the card reader, then try again.</source>
        <translation>请关闭其他使用读卡器的程序，然后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The security module (PSAM) is not working: call the administrator. Do not retry repeatedly.</source>
        <translation>安全模块（PSAM卡）工作异常：请联系管理员。请勿反复重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card is permanently locked: offer a card reissue.</source>
        <translation>卡片已永久锁定：请为群众办理补换卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the citizen to enter the PIN again on the PIN pad.</source>
        <translation>请群众在密码键盘上重新输入密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled; nothing was changed on the card.</source>
        <translation>操作已取消；卡片未作任何修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try once more; if it fails again, note the status code and call support.</source>
        <translation>请再试一次；如仍失败，请记下状态码并联系技术支持。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card operation failed.</source>
        <translation>卡片操作失败。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n try(s) left before the PIN blocks.</source>
        <translation>
            <numerusform>密码锁定前还可尝试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In person</source>
        <translation>本人办理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent (proxy)</source>
        <extracomment>An agent acting for the card holder with a signed authorisation.</extracomment>
        <translation>代办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian of a minor</source>
        <translation>未成年人监护人</translation>
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
        <translation>已挂失</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>cancelled</source>
        <extracomment>Card status (注销).</extracomment>
        <translation>已注销</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>replacement applied for</source>
        <extracomment>Card status: a replacement card has been applied for (补换卡中).</extracomment>
        <translation>补换卡中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent acts for the holder</source>
        <translation>代办人代为办理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a guardian acts for a minor</source>
        <translation>监护人为未成年人代办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the holder in person</source>
        <translation>持卡人本人办理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the names on the ID card and on record differ</source>
        <translation>身份证与登记信息上的姓名不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the photo was taken without the automatic checks</source>
        <translation>照片未经自动检测拍摄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ID data was typed, not read from the ID card</source>
        <translation>身份信息为手工录入，未从身份证读取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every &quot;%1&quot; needs approval</source>
        <extracomment>Approval reason: the region wants every operation of this service approved.</extracomment>
        <translation>每笔“%1”均须审批</translation>
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
        <translation>完成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the card belongs to another person</source>
        <translation>该卡属于他人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card is reported lost</source>
        <translation>该卡已挂失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card is cancelled</source>
        <translation>该卡已注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card was already reported lost</source>
        <translation>该卡此前已挂失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a replacement card was already applied for</source>
        <translation>已申请过补换卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the names differ; the clerk refused</source>
        <translation>姓名不一致，柜员已拒绝办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new PIN was not allowed</source>
        <translation>新密码不符合要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the citizen did not enter the PIN in time</source>
        <translation>群众未在规定时间内输入密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PIN entry device failed</source>
        <translation>密码输入设备故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no supervisor approval possible here</source>
        <translation>此处无法进行主管审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the supervisor rejected it</source>
        <translation>主管已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card was changed but not recorded</source>
        <translation>卡片已修改但未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit entry could not be written</source>
        <translation>无法写入审计记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid ID number</source>
        <translation>身份证号码无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ID card has expired</source>
        <translation>身份证已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ID card is not yet valid</source>
        <translation>身份证尚未生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a guardian acts only for a minor</source>
        <translation>监护人只能为未成年人代办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a minor needs a guardian</source>
        <translation>未成年人须由监护人代办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s ID is invalid</source>
        <translation>代办人身份证无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s ID card has expired</source>
        <translation>代办人身份证已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent is the holder</source>
        <translation>代办人即持卡人本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent is a minor</source>
        <translation>代办人是未成年人</translation>
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
        <translation>已由网点管理员锁定</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+40"/>
        <source>Settings are not available in this session.</source>
        <translation>本次登录无法使用设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: settings changes cannot be recorded in the audit log in this session. Call the administrator.</source>
        <translation>未保存任何内容：本次登录无法将设置修改记入审计日志。请联系管理员。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to save: no value was changed.</source>
        <translation>无需保存：未修改任何值。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved and recorded in the audit log: %1. Reader, camera and region changes apply after the next sign-in.</source>
        <translation>已保存并记入审计日志：%1。读卡器、摄像头和地区的修改在下次登录后生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Citizen card &amp;reader (name patterns)</source>
        <translation>社保卡读卡器(&amp;R)（名称匹配）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSAM reader (name patterns)</source>
        <translation>PSAM卡读卡器（名称匹配）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Camera (e.g. camera:0)</source>
        <translation>摄像头(&amp;C)（如 camera:0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion profile</source>
        <translation>地区配置(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Idle lock (minutes)</source>
        <translation>空闲锁定（分钟）(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shuffle the citizen&apos;s keypad</source>
        <translation>群众密码键盘乱序显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency server &amp;host</source>
        <translation>经办机构服务器地址(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency server port</source>
        <translation>经办机构服务器端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency &amp;database</source>
        <translation>经办机构数据库(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency &amp;user</source>
        <translation>经办机构用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS mode</source>
        <translation>TLS 模式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation>返回（Esc）</translation>
    </message>
</context>
<context>
    <name>carddesk::ui::SupervisorConsole</name>
    <message>
        <location filename="../ui/supervisor/SupervisorConsole.cpp" line="+78"/>
        <source>The supervisor&apos;s console is for supervisors, administrators and auditors.</source>
        <translation>主管控制台仅供主管、管理员和审计员使用。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Supervisor&apos;s console</source>
        <translation>主管控制台</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+416"/>
        <location line="+43"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="-457"/>
        <source>Anomalies</source>
        <extracomment>tab: entries the anomaly rules flagged</extracomment>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+262"/>
        <source>Approvals</source>
        <extracomment>tab: the queue of approval requests from counters</extracomment>
        <translation>审批</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Dead letters</source>
        <extracomment>tab: operations the agency refused to accept (sync)</extracomment>
        <translation>拒收业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>From</source>
        <extracomment>audit log filter: start of the time range</extracomment>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <extracomment>audit log filter: end of the time range</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>operator</source>
        <extracomment>audit log filter field: operator ID</extracomment>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>全部业务</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any result</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <extracomment>audit log filter: only entries that succeeded</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <extracomment>audit log filter: only entries that failed</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>branch</source>
        <extracomment>audit log filter field: branch (office) ID</extracomment>
        <translation>网点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counter</source>
        <extracomment>audit log filter field: service counter (terminal) ID</extracomment>
        <translation>柜台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exact ID number</source>
        <translation>完整身份证号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>card / masked ID contains</source>
        <translation>卡号/脱敏身份证号包含</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show photo</source>
        <translation>查看照片</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verify chain</source>
        <translation>校验记录链</translation>
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
        <translation>导出 CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF...</source>
        <translation>导出 PDF...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+193"/>
        <source>Filter: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+253"/>
        <source>Entry</source>
        <extracomment>details of an audit entry: its sequence number
----------
anomaly list column: the flagged audit entry&apos;s number</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+253"/>
        <source>Time</source>
        <extracomment>details of an audit entry
----------
anomaly list column</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Event</source>
        <extracomment>details of an audit entry: what happened</extracomment>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <extracomment>details of an audit entry: %1 succeeded or failed, %2 the result (e.g. Wrong PIN)</extracomment>
        <translation>结果</translation>
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
        <translation>成功</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+186"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Card status word</source>
        <translation>卡片状态字</translation>
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
        <translation>操作员</translation>
    </message>
    <message>
        <location line="-691"/>
        <source>Branch / counter</source>
        <translation>网点/柜台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <extracomment>details of an audit entry: done in training mode</extracomment>
        <translation>培训模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+419"/>
        <source>Operation</source>
        <extracomment>details of an audit entry: the operation&apos;s ID
----------
dead letters column: the refused operation&apos;s ID</extracomment>
        <translation>业务</translation>
    </message>
    <message>
        <location line="-418"/>
        <location line="+310"/>
        <source>ID number</source>
        <extracomment>approvals queue column: the holder&apos;s masked ID number</extracomment>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos</source>
        <extracomment>details of an audit entry: number of evidence photos</extracomment>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <extracomment>details of an audit entry: service-specific details</extracomment>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stored photo is not a readable JPEG.</source>
        <translation>存储的照片不是可读取的 JPEG 图像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo shown; the viewing is recorded in the audit log.</source>
        <translation>已显示照片；本次查看已记入审计日志。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying the audit chain...</source>
        <translation>正在校验审计记录链……</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%p% (%1 of %2 entries)</source>
        <extracomment>%p% is the percentage (Qt fills it in), %1 entries checked, %2 entries in the chain</extracomment>
        <translation>%p%（已校验 %1 条，共 %2 条）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling the verification...</source>
        <translation>正在取消校验……</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The verification could not be recorded in the audit log: %1</source>
        <translation>校验结果无法记入审计日志：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification cancelled after %1 of %2 entries: no verdict.</source>
        <translation>校验已取消（已校验 %1 条，共 %2 条）：无结论。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit chain is intact: %1 entries checked, last signed checkpoint at entry %2.</source>
        <translation>审计记录链完整：已校验 %1 条记录，最后一个已签名检查点位于第 %2 条。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit chain is BROKEN at entry %1: %2</source>
        <translation>审计记录链在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>%1 entries exported to %2 (ID and card numbers masked).</source>
        <translation>已将 %1 条记录导出到 %2（身份证号码和卡号已脱敏）。</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Exported by %1 at %2</source>
        <translation>由 %1 于 %2 导出</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Only the first %1 entries; export CSV for all.</source>
        <translation>仅显示前 %1 条记录；如需全部记录，请导出 CSV。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PDF could not be written to %1</source>
        <translation>PDF 无法写入 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>导出操作无法记入审计日志：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+253"/>
        <source> days</source>
        <extracomment>suffix of a number of days, e.g. &quot;7 days&quot;
----------
suffix of a number of days, e.g. &quot;14 days&quot;</extracomment>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Scan</source>
        <extracomment>button: run the anomaly rules over the period</extracomment>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look back</source>
        <extracomment>label before the number of days the anomaly scan covers</extracomment>
        <translation>回溯</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule</source>
        <extracomment>anomaly list column: which anomaly rule fired</extracomment>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <extracomment>anomaly list column: what the rule saw</extracomment>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <extracomment>anomaly list column: review state (open / reviewed by ...)</extracomment>
        <translation>复核</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comment (required)</source>
        <translation>意见（必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark reviewed</source>
        <translation>标记为已复核</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>open</source>
        <extracomment>review state of an anomaly flag: nobody has reviewed it yet</extracomment>
        <translation>待复核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewed by %1: %2</source>
        <translation>%1 已复核：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 flags</source>
        <translation>%1 条异常</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requested</source>
        <extracomment>approvals queue column: when the counter asked</extracomment>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <extracomment>approvals queue column: the service waiting for approval</extracomment>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why</source>
        <extracomment>approvals queue column: why the region&apos;s rules need an approval</extracomment>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter</source>
        <extracomment>approvals queue column: the service counter (terminal) that asked</extracomment>
        <translation>柜台</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+352"/>
        <source>State</source>
        <extracomment>approvals queue column: waiting / approved / rejected / withdrawn
----------
operator accounts column: active / disabled / locked</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Decision</source>
        <extracomment>approvals queue column: who decided, and their reason</extracomment>
        <translation>审批结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show decided requests</source>
        <extracomment>check box: also list the requests that were already decided or withdrawn</extracomment>
        <translation>显示已处理的申请</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <extracomment>button: approve the selected request from a counter</extracomment>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject</source>
        <extracomment>button: reject the selected request from a counter</extracomment>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a request first.</source>
        <translation>请先选择一项申请。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approved.</source>
        <extracomment>status line after a decision on a counter&apos;s request</extracomment>
        <translation>已批准。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 at %2: %3</source>
        <extracomment>%1 who decided (or withdrew), %2 when, %3 their reason</extracomment>
        <translation>%1 于 %2：%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your own request: another supervisor must decide it.</source>
        <translation>这是您本人提交的申请：须由其他主管审批。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n request(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n 项申请待审批。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operations the agency refused. The agency resolves them (conflicts view); here a supervisor acknowledges that they were seen and handed over.</source>
        <translation>经办机构拒收的业务。由经办机构处理（冲突视图）；主管在此确认已查看并已移交。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <extracomment>dead letters column: the operation&apos;s sequence number at this counter</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused at</source>
        <extracomment>dead letters column: when the agency refused it</extracomment>
        <translation>拒收时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server&apos;s reason</source>
        <extracomment>dead letters column: the agency database&apos;s reason</extracomment>
        <translation>服务器给出的原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comment</source>
        <extracomment>placeholder of the comment field for a dead letter</extracomment>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge</source>
        <extracomment>button: record that the supervisor saw the refused operation and handed it to the agency</extracomment>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Acknowledged.</source>
        <translation>已确认。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This counter</source>
        <extracomment>dashboard scope: the figures of this service counter only (zh_CN: 本柜台)</extracomment>
        <translation>本柜台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole agency</source>
        <extracomment>dashboard scope: the figures of all counters from the agency database (zh_CN: 全机构)</extracomment>
        <translation>全机构</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh</source>
        <extracomment>button: read the dashboard figures again</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <extracomment>label before the number of days the dashboard covers</extracomment>
        <translation>统计期间</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This counter&apos;s figures from its local store.</source>
        <translation>本柜台本地数据库中的数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agency database is configured for this counter: showing this counter&apos;s figures only.</source>
        <translation>本柜台未配置经办机构数据库：仅显示本柜台的数据。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the agency&apos;s figures...</source>
        <translation>正在读取经办机构的数据……</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The agency database cannot be reached (%1). Showing this counter&apos;s figures from its local store instead.</source>
        <translation>无法连接经办机构数据库（%1）。改为显示本柜台本地数据库中的数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Figures of all %n counter(s) the agency database shows to this counter, read at %1.</source>
        <translation>
            <numerusform>经办机构数据库向本柜台开放的全部 %n 个柜台的数据，读取时间：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Operations per day by service</source>
        <translation>各业务每日业务量</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failures by reason (%1% of %2 operations)</source>
        <extracomment>%1 failure rate in percent, %2 number of operations</extracomment>
        <translation>按原因统计的失败业务（占 %2 笔业务的 %1%）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Operations per operator</source>
        <translation>各操作员业务量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operations</source>
        <extracomment>chart legend: number of operations</extracomment>
        <translation>业务笔数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync lag per counter (minutes since its last push to the agency)</source>
        <translation>各柜台同步延迟（距最近一次上传至经办机构的分钟数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync lag per counter (minutes of the oldest unsent operation)</source>
        <translation>各柜台同步延迟（最早一笔未上传业务的等待分钟数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes</source>
        <extracomment>chart legend: the unit of the bars</extracomment>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (never pushed)</source>
        <translation>%1（从未上传）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 refused, %3 changes to pull)</source>
        <translation>%1（%2 笔被拒收，%3 项变更待下载）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2 waiting, %3 refused)</source>
        <extracomment>%1 counter ID, %2 operations waiting to be sent, %3 operations the agency refused</extracomment>
        <translation>%1（%2 笔等待上传，%3 笔被拒收）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+22"/>
        <source>Name</source>
        <extracomment>operator accounts column: display name</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Role</source>
        <extracomment>operator accounts column: role (clerk, supervisor, ...)</extracomment>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Branch</source>
        <extracomment>operator accounts column: branch (office) ID</extracomment>
        <translation>网点</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable / enable</source>
        <translation>停用/启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign role</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Operator created.</source>
        <translation>操作员已创建。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operator updated.</source>
        <translation>操作员已更新。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password reset.</source>
        <translation>密码已重置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role assigned.</source>
        <translation>角色已分配。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>disabled</source>
        <extracomment>state of an operator account</extracomment>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
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
        <translation>主管控制台</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The supervisor&apos;s console needs the counter&apos;s local store, which is not open.</source>
        <translation>主管控制台需要使用本柜台的本地数据库，但本地数据库未打开。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main/main.cpp" line="+80"/>
        <source>CardDesk cannot start</source>
        <translation>CardDesk 无法启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local database could not be opened: %1
Ask the administrator to check the data folder (carddesk-admin store check).</source>
        <translation>无法打开本地数据库：%1
请管理员检查数据文件夹（carddesk-admin store check）。</translation>
    </message>
</context>
</TS>
