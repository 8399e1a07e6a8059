# Accredit-IO standards texts: demonstration edition demo-2026 (standards/demo-2026.toml).
# Our own wording of plausible interventional-oncology quality items, not the licensed standards.
# English is the source language and the fallback.

edition-demo-2026-title = 2026 演示版本（非授权标准）

## Section 1

std-section-1-title = 组织与基础设施

### Standard 1

std-1-title = 服务组织与治理
std-1-intro = 本标准考察介入肿瘤服务在医院内的领导、组织和治理方式。

std-1a-text = 该服务是否指定了介入肿瘤学临床负责人？
std-1a-guidance = 如有一名医师对介入肿瘤服务负责，且该职责有书面记录，请回答“是”。如负责人同时负责其他服务，只要其介入肿瘤方面的职责已有书面规定，亦可接受。
std-1a-evidence-1 = 介入肿瘤服务组织架构图
std-1a-evidence-2 = 临床负责人的岗位说明书或任命书

std-1b-text = 过去 12 个月内，该服务共实施了多少例治疗性介入肿瘤操作？
std-1b-guidance = 仅统计治疗性操作（例如消融、化疗栓塞、放射栓塞及其他针对肿瘤的治疗）；不包括单纯诊断性活检和输液港植入。统计期间为作答日期之前的 12 个月。
std-1b-evidence-1 = 过去 12 个月操作登记汇总（已匿名化）

std-1c-text = 介入肿瘤服务是否在医院组织架构中得到正式认可，并有明确的汇报关系？
std-1c-guidance = 该服务应列入医院组织架构图或同等文件，并显示临床负责人向谁汇报。如有任何非正式安排，请在说明中描述。
std-1c-evidence-1 = 标明介入肿瘤服务位置的医院组织架构图

std-1d-text = 介入肿瘤服务主要隶属于哪个科室？
std-1d-guidance = 请选择掌管介入肿瘤服务预算和行政管理的科室。如职责由多个科室共同承担，请选择临床负责人所在的科室。
std-1d-option-radiology = 放射科或介入放射科
std-1d-option-oncology = 肿瘤科或癌症中心
std-1d-option-surgery = 外科
std-1d-option-independent = 独立的介入肿瘤科室
std-1d-option-other = 其他

std-1e-text = 该服务是否为其开展的每一项介入肿瘤操作制定了书面标准操作规程？
std-1e-guidance = 所开展的每一类操作均应有现行的书面标准操作规程（SOP），内容涵盖适应证、禁忌证、术前准备、操作技术和术后处理。请在说明中列出尚无 SOP 的操作类型。
std-1e-evidence-1 = 消融的书面 SOP
std-1e-evidence-2 = 现行 SOP 目录及其审核日期

std-1f-text = 该服务的 SOP 和制度是否实行版本控制，并按不超过三年的规定周期进行审核？
std-1f-guidance = 请说明文件如何标注日期、管理版本和审批，以及由谁负责审核。对逾期未审核的文件应作出解释。
std-1f-evidence-1 = 文件控制记录或制度登记册

std-1g-text = 该服务是否设有专门门诊，由介入肿瘤医师在治疗前后接诊患者？
std-1g-guidance = 门诊可由介入肿瘤服务单独开设，也可与其他专科联合开设，但须有介入肿瘤医师参与。请说明门诊的开诊频率。
std-1g-evidence-1 = 代表性月份的门诊排班表

std-1h-text = 请描述该服务开展的介入肿瘤操作范围，以及未来三年的发展计划。
std-1h-guidance = 简要概述即可：主要操作类型、所治疗的肿瘤类型，以及计划引入的新技术、新设备或新增人员。
std-1h-evidence-1 = 服务发展规划或最近一期年度报告

### Standard 2

std-2-title = 设施与设备
std-2-intro = 本标准考察可用于介入肿瘤操作的操作室、影像设备和技术支持。

std-2a-text = 介入肿瘤服务可使用哪些影像方式进行操作引导和规划？
std-2a-guidance = 请选择介入肿瘤团队可用于其操作的所有影像方式，无论是在本团队的操作室内，还是根据与其他科室的协议使用。
std-2a-evidence-1 = 影像设备清单（注明安装年份）
std-2a-option-ct = CT
std-2a-option-mri = MRI
std-2a-option-ultrasound = 超声
std-2a-option-angiography = 透视或血管造影
std-2a-option-cone-beam-ct = 锥形束 CT
std-2a-option-pet-ct = PET-CT

std-2b-text = 该服务能否有保障地使用适合介入肿瘤操作、配备患者监护和复苏设备的操作室？
std-2b-guidance = 如介入肿瘤的操作时段已排定并受到保障，操作室可与其他服务共用。复苏设备应按书面规定的时间表进行检查。
std-2b-evidence-1 = 操作室说明或平面图
std-2b-evidence-2 = 上个月的复苏设备检查表

std-2c-text = 用于介入肿瘤操作的主要影像设备最近一次有记录的质量保证检测是在哪一天？
std-2c-guidance = 请填写医学物理人员或厂家维修工程师最近一次检测的日期。如使用多台设备，请填写使用最频繁的设备的检测日期。
std-2c-evidence-1 = 最近一次设备质量保证检测或维修报告

### Standard 3

std-3-title = 人员配置与资质
std-3-intro = 本标准考察提供介入肿瘤诊疗的人员数量、培训和资质。

std-3a-text = 所有实施介入肿瘤操作的医师是否均已接受相应培训，并获得所实施操作的资质授权？
std-3a-guidance = 资质授权可通过公认的介入放射学专科认证、国家同等认证或有记录的院内授权程序取得。如有医师仍在上级医师指导下接受培训，请在说明中描述。
std-3a-evidence-1 = 介入肿瘤医师的资质授权记录
std-3a-evidence-2 = 介入肿瘤医师简历

std-3b-text = 目前该服务中有多少名医师能够独立实施介入肿瘤操作？
std-3b-guidance = 统计无需上级医师指导即可实施操作的医师；不包括受训人员。

std-3c-text = 介入肿瘤操作是否有接受过介入工作培训的护士和放射技师提供支持，并在需要时可获得麻醉支持？
std-3c-guidance = 请描述一台操作的常规团队组成，以及如何申请麻醉或镇静支持。培训可在院内进行，但须有记录。
std-3c-evidence-1 = 代表性月份的人员排班表
std-3c-evidence-2 = 介入肿瘤护理人员和放射技师的培训记录

std-3d-text = 医院是否提供 24 小时介入放射学值班，以处理介入肿瘤操作的并发症？
std-3d-guidance = 如已书面约定转诊安排，可由与邻近医院共享的值班制度提供保障。
std-3d-evidence-1 = 介入放射学值班表

### Standard 4

std-4-title = 多学科肿瘤委员会
std-4-intro = 本标准考察介入肿瘤治疗决策如何在多学科团队中作出。

std-4a-text = 过去 12 个月中，从收到转诊到提交肿瘤委员会讨论的天数中位数是多少？
std-4a-guidance = 请根据转诊登记或肿瘤委员会记录按自然日计算。如无法获得准确的中位数，请给出您的最佳估计值。
std-4a-evidence-1 = 转诊至肿瘤委员会讨论间隔时间的审核报告

std-4b-text = 在讨论介入肿瘤治疗候选患者的每一个肿瘤委员会中，是否均有介入肿瘤医师作为常任成员？
std-4b-guidance = 成员组成应在肿瘤委员会的工作章程中规定。请说明介入肿瘤医师缺席时如何安排替代人员。
std-4b-evidence-1 = 列明成员的肿瘤委员会工作章程
std-4b-evidence-2 = 过去六个月的出席记录

std-4c-text = 所有拟接受择期介入肿瘤治疗的患者是否均在操作前经肿瘤委员会讨论？
std-4c-guidance = 急诊操作可事后讨论。请说明其他任何例外情况及其记录方式。
std-4c-evidence-1 = 过去三个月的肿瘤委员会会议纪要（已匿名化）

std-4d-text = 肿瘤委员会的建议是否记录在患者病历中，并告知转诊医师？
std-4d-guidance = 请说明建议记录在何处，以及如何告知转诊医师，例如通过信函或电子病历。
std-4d-evidence-1 = 已匿名化的肿瘤委员会建议样本

std-4e-text = 讨论介入肿瘤患者的肿瘤委员会多久召开一次会议？
std-4e-guidance = 如有多个肿瘤委员会讨论介入肿瘤患者，请按讨论介入肿瘤转诊病例最多的委员会作答。
std-4e-option-weekly = 每周一次
std-4e-option-fortnightly = 每两周一次
std-4e-option-monthly = 每月一次
std-4e-option-less-often = 频率更低或按需召开

## Section 2

std-section-2-title = 临床路径与患者安全

### Standard 5

std-5-title = 转诊与操作前评估
std-5-intro = 本标准考察患者如何转诊至本服务，以及在治疗前如何接受评估。

std-5a-text = 介入肿瘤操作是否有书面规定的转诊路径，例如转诊单或电子申请？
std-5a-guidance = 转诊路径应明确转诊医师必须提供的信息，包括相关影像和实验室检查结果。
std-5a-evidence-1 = 转诊单或电子申请模板

std-5b-text = 是否向转诊医师提供关于所开展操作和转诊标准的书面信息？
std-5b-guidance = 可以是宣传册、内网页面或医院转诊指南中的相关章节。
std-5b-evidence-1 = 面向转诊医师的信息资料

std-5c-text = 请描述如何审阅操作前影像，以及如何确保影像足够新近、可用于制定计划。
std-5c-guidance = 请说明由谁审阅影像、可接受的影像检查与操作之间的最长间隔，以及影像过期时如何处理。

std-5d-text = 每位患者在操作前是否均由介入肿瘤团队成员进行临床评估，包括体能状态、实验室检查结果、用药情况和过敏史？
std-5d-guidance = 评估可在门诊、病房或通过有记录的术前电话评估进行。应特别关注抗凝药物和抗血小板药物。
std-5d-evidence-1 = 操作前评估核查表
std-5d-evidence-2 = 三份已完成并匿名化的评估记录

### Standard 6

std-6-title = 知情同意与患者信息
std-6-intro = 本标准考察如何向患者告知其治疗信息，以及如何取得患者的同意。

std-6a-text = 每一项择期介入肿瘤操作是否均由对该操作有充分了解的临床医师取得书面知情同意？
std-6a-guidance = 请说明由谁、在何时取得知情同意。知情同意通常应在操作日之前取得，或留给患者充分的考虑时间。
std-6a-evidence-1 = 针对具体操作的知情同意书

std-6b-text = 知情同意谈话是否涵盖预期获益、常见及严重风险以及替代治疗方案？
std-6b-guidance = 知情同意书或谈话记录应表明已向患者解释风险和替代方案。
std-6b-evidence-1 = 已填写并匿名化的知情同意书

std-6c-text = 患者在操作前是否获得以通俗语言编写、针对具体操作的书面信息？
std-6c-guidance = 信息应说明操作内容、准备工作、预期恢复过程，以及如有疑问应联系何人。
std-6c-evidence-1 = 主要操作的患者信息手册

std-6d-text = 是否为有需要的患者提供口译服务或无障碍格式的信息？
std-6d-guidance = 请说明如何安排口译员，以及为视力障碍、听力障碍或学习障碍患者提供哪些支持。
std-6d-evidence-1 = 医院关于口译和无障碍信息的制度

std-6e-text = 关于介入肿瘤操作的患者信息以哪些形式提供？
std-6e-guidance = 请选择目前至少用于一项所开展操作的所有形式。
std-6e-option-leaflet = 印刷版宣传册
std-6e-option-website = 医院网站或患者门户
std-6e-option-video = 视频
std-6e-option-translated = 其他语言译本
std-6e-option-easy-read = 简易阅读版

### Standard 7

std-7-title = 操作规划与围术期管理
std-7-intro = 本标准考察如何规划操作，以及在操作前、操作中和操作后即刻如何对患者进行诊疗和护理。

std-7a-text = 每一项介入肿瘤操作是否均填写并记录操作安全核查表？
std-7a-guidance = 可采用根据公认的手术安全核查表改编的核查表。请说明如何检查核查表的填写情况。
std-7a-evidence-1 = 安全核查表空白样本
std-7a-evidence-2 = 最近一次核查表依从性审核结果

std-7b-text = 是否有关于镇静与镇痛、围术期抗凝和抗生素预防的书面方案？
std-7b-guidance = 如全院性方案涵盖介入肿瘤操作，亦可使用全院性方案。如有缺失的方案，请予以说明。
std-7b-evidence-1 = 镇静与镇痛方案
std-7b-evidence-2 = 围术期抗凝指南

std-7c-text = 请描述如何制定治疗计划，以及在操作结束时如何验证技术结果，例如消融边界或栓塞终点。
std-7c-guidance = 请说明所使用的规划或影像融合软件、操作结束时的增强影像检查，以及结果如何记录在操作报告中。
std-7c-evidence-1 = 操作报告示例（已匿名化）

### Standard 8

std-8-title = 辐射防护与安全
std-8-intro = 本标准考察在介入肿瘤操作过程中如何保护患者和工作人员免受电离辐射。

std-8a-text = 是否有指定的医学物理专家或辐射防护顾问为介入肿瘤服务提供支持？
std-8a-guidance = 该专家可由医院聘用，也可通过合同聘请，并应参与剂量审核、设备验收和方案优化。
std-8a-evidence-1 = 医学物理专家的任命书或服务协议

std-8b-text = 是否对每一项透视引导和 CT 引导的操作记录患者辐射剂量？
std-8b-guidance = 剂量可由剂量管理系统自动记录，也可在操作报告中手动记录。
std-8b-evidence-1 = 近期操作剂量记录摘录（已匿名化）

std-8c-text = 该服务是否已为其主要操作制定本地诊断参考水平，并在过去 12 个月内将实际剂量与之进行比较？
std-8c-guidance = 请说明涵盖哪些操作，以及剂量超过参考水平时采取了哪些措施。
std-8c-evidence-1 = 最近一次剂量审核报告

std-8d-text = 操作室内所有工作人员是否均佩戴个人剂量计并使用防护用品，其所受剂量是否接受审查？
std-8d-guidance = 请描述个人剂量监测安排，包括任何眼晶状体剂量监测，以及由谁审查结果。
std-8d-evidence-1 = 过去一年工作人员个人剂量监测结果汇总
std-8d-evidence-2 = 防护用品清单及检查日期

std-8e-text = 对于辐射剂量超过规定阈值的患者，是否有书面的随访流程？
std-8e-guidance = 该流程应规定阈值、如何告知患者以及如何检查可能的皮肤损伤。
std-8e-evidence-1 = 高剂量患者随访流程

std-8f-text = 如该服务开展放射栓塞，是否有与核医学科共同制定的关于放射性微球处理和给药的书面方案？
std-8f-guidance = 如该服务不开展放射栓塞，请回答“否”，并在说明中注明。
std-8f-evidence-1 = 与核医学科联合制定的放射栓塞方案

### Standard 9

std-9-title = 护理与病房诊疗
std-9-intro = 本标准考察介入肿瘤患者在操作前后接受的护理和病房诊疗。

std-9a-text = 该服务能否稳定获得供介入肿瘤患者使用的日间病床或住院病床？
std-9a-guidance = 如已就介入肿瘤患者的床位供应达成协议，病床可位于共用病房。
std-9a-evidence-1 = 床位分配协议或病房安排说明

std-9b-text = 病房护士是否接受过介入肿瘤特有的术后护理培训，例如穿刺部位护理和栓塞后综合征的识别？
std-9b-guidance = 培训可由介入肿瘤团队或病房自身的带教人员提供；请说明培训如何记录。
std-9b-evidence-1 = 介入肿瘤术后护理的护理培训记录

std-9c-text = 患者出院后如有疑虑，是否有指定的联系渠道（例如由护士负责的咨询电话）可供联系？
std-9c-guidance = 应在出院时以书面形式向患者提供联系方式，并告知非工作时间应如何处理。
std-9c-evidence-1 = 载有联系方式的出院资料

## Section 3

std-section-3-title = 结局、质量与教育

### Standard 10

std-10-title = 随访与结局评估
std-10-intro = 本标准考察患者治疗后如何随访，以及如何衡量治疗结局。

std-10a-text = 过去 12 个月内接受治疗的患者中，在操作后 30 天内有书面记录的临床随访的患者占百分之多少？
std-10a-guidance = 随访可以是门诊复诊、电话随访或有记录的病历审阅。请四舍五入至整数。
std-10a-evidence-1 = 30 天随访审核报告

std-10b-text = 该服务主要采用哪种疗效评价标准评估治疗后的影像？
std-10b-guidance = 请选择用于大多数患者的标准。如不同肿瘤类型采用不同标准，请选择最常用的标准。
std-10b-option-mrecist = mRECIST
std-10b-option-recist = RECIST 1.1
std-10b-option-easl = EASL 标准
std-10b-option-li-rads = LI-RADS 治疗反应评估
std-10b-option-other = 其他

std-10c-text = 每类操作是否都有规定的随访影像检查时间表，且结果由介入肿瘤团队审阅？
std-10c-guidance = 时间表应规定随访影像检查的时间和方式。请说明对于提示残留或复发病灶的结果如何处理。
std-10c-evidence-1 = 书面随访方案

std-10d-text = 是否至少每两年对局部肿瘤控制和生存等结局进行一次分析和报告？
std-10d-guidance = 分析可在内部进行。请说明报告提交给谁，以及是否将结果与已发表的病例系列进行比较。
std-10d-evidence-1 = 最近一期结局报告

### Standard 11

std-11-title = 并发症的处理与报告
std-11-intro = 本标准考察如何记录、分级和处理并发症，以及如何从中吸取经验教训。

std-11a-text = 介入肿瘤操作的所有并发症是否均前瞻性记录，并采用公认的分类系统进行分级？
std-11a-guidance = 记录应包括出院后发现的并发症。请说明患者在其他医院再次入院时如何收集并发症信息。
std-11a-evidence-1 = 并发症登记摘录（已匿名化）

std-11b-text = 该服务采用哪些分类系统对并发症进行分级？
std-11b-guidance = 请选择所有正在使用的系统，包括仅用于特定操作的系统。
std-11b-option-cirse = CIRSE 分类
std-11b-option-ctcae = CTCAE
std-11b-option-sir = SIR 分类
std-11b-option-other = 其他

std-11c-text = 是否在定期召开的并发症与死亡病例讨论会上讨论并发症，并记录经验教训？
std-11c-guidance = 只要讨论介入肿瘤病例，该会议可与放射科或肿瘤科的全科会议合并召开。
std-11c-evidence-1 = 最近两次并发症与死亡病例讨论会的会议纪要（已匿名化）

### Standard 12

std-12-title = 质量改进、审核与数据
std-12-intro = 本标准考察该服务如何收集数据，并利用审核改进诊疗质量。

std-12a-text = 该服务是否建立了涵盖所有介入肿瘤操作的前瞻性数据库或登记系统，记录适应证、技术、并发症和结局？
std-12a-guidance = 数据库可以是本地数据库，也可以是国家或国际登记系统的一部分。请说明由谁录入数据以及如何检查数据完整性。
std-12a-evidence-1 = 数据库记录字段清单

std-12b-text = 该服务是否每年至少完成一个包含行动计划和再审核的临床审核循环？
std-12b-guidance = 任何与介入肿瘤相关的主题均可，例如并发症发生率、知情同意或随访。请说明过去一年完成了哪些审核。
std-12b-evidence-1 = 最近一次审核报告及其行动计划

std-12c-text = 最近一次展示介入肿瘤数据的科室审核会议是在哪一天召开的？
std-12c-guidance = 请填写会议召开的日期，而非会议纪要获批的日期。
std-12c-evidence-1 = 会议议程或会议纪要

std-12d-text = 请描述过去两年中因审核、不良事件回顾或患者反馈而作出的一项改进及其效果。
std-12d-guidance = 请说明促成这项改进的原因、采取了哪些措施以及如何衡量其效果。

### Standard 13

std-13-title = 教育、培训与科研
std-13-intro = 本标准考察该服务如何保持知识更新，并为培训和科研作出贡献。

std-13a-text = 介入肿瘤团队成员是否参加介入肿瘤学继续医学教育？
std-13a-guidance = 包括课程、学术会议和在线学习。提供每位医师过去两年的概况即可。
std-13a-evidence-1 = 过去两年继续教育活动概况

std-13b-text = 该服务是否通过结构化培训项目培养介入肿瘤学住院医师或专科培训医师？
std-13b-guidance = 请说明培训项目内容、时长，以及如何对受训人员进行指导和考核。
std-13b-evidence-1 = 培训项目大纲

std-13c-text = 该服务是否参与介入肿瘤学临床研究，或向介入肿瘤学登记系统提供数据？
std-13c-guidance = 请列出目前进行中的研究或登记项目，以及过去三年发表的论文。
std-13c-evidence-1 = 过去三年的研究、登记项目和发表论文清单

## Units

std-unit-procedures = 例
std-unit-physicians = 名医师
std-unit-days = 天
std-unit-percent = %
