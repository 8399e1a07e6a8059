# Accredit-IO standards texts: demonstration edition demo-2026 (standards/demo-2026.toml).
# Our own wording of plausible interventional-oncology quality items, not the licensed standards.
# English is the source language and the fallback.

edition-demo-2026-title = Demonstration edition 2026 (not the licensed standards)

## Section 1

std-section-1-title = Organisation and infrastructure

### Standard 1

std-1-title = Service organisation and governance
std-1-intro = This standard looks at how the interventional-oncology service is led, organised and governed within the hospital.

std-1a-text = Does the service have a named clinical lead for interventional oncology?
std-1a-guidance = Answer yes if one physician is accountable for the IO service and this role is documented. A lead shared with another service is acceptable if the IO responsibilities are written down.
std-1a-evidence-1 = Organigram of the IO service
std-1a-evidence-2 = Job description or appointment letter of the clinical lead

std-1b-text = How many therapeutic interventional-oncology procedures did the service perform in the last 12 months?
std-1b-guidance = Count therapeutic procedures only (for example ablation, chemoembolisation, radioembolisation and other tumour-directed treatments); leave out purely diagnostic biopsies and port placements. Use the 12 months before the date of your answer.
std-1b-evidence-1 = Summary of the procedure log for the last 12 months (anonymised)

std-1c-text = Is the IO service formally recognised in the hospital's organisational structure, with defined reporting lines?
std-1c-guidance = The service should appear in the hospital organigram or an equivalent document that shows to whom the clinical lead reports. Describe any informal arrangements in the explanation.
std-1c-evidence-1 = Hospital organigram showing the position of the IO service

std-1d-text = Within which department is the IO service primarily organised?
std-1d-guidance = Choose the department that holds the budget and line management for the IO service. If responsibility is shared, choose the department of the clinical lead.
std-1d-option-radiology = Radiology or interventional radiology
std-1d-option-oncology = Oncology or cancer centre
std-1d-option-surgery = Surgery
std-1d-option-independent = Independent interventional-oncology unit
std-1d-option-other = Other

std-1e-text = Does the service have written standard operating procedures for every IO procedure it offers?
std-1e-guidance = Each procedure type offered should have a current written SOP covering indications, contraindications, preparation, technique and aftercare. List any procedure types without an SOP in the explanation.
std-1e-evidence-1 = Written SOP for ablation
std-1e-evidence-2 = Index of current SOPs with their review dates

std-1f-text = Are the service's SOPs and policies version-controlled and reviewed at a defined interval of no more than three years?
std-1f-guidance = Show how documents are dated, versioned and approved, and who is responsible for their review. Overdue documents should be explained.
std-1f-evidence-1 = Document control log or register of policies

std-1g-text = Does the service hold dedicated outpatient clinics where patients are seen by an interventional oncologist before and after treatment?
std-1g-guidance = Clinics may be held by the IO service alone or jointly with other specialties, provided an interventional oncologist takes part. State how often the clinics take place.
std-1g-evidence-1 = Clinic timetable for a representative month

std-1h-text = Describe the range of IO procedures the service offers and any developments planned for the next three years.
std-1h-guidance = A short overview is enough: the main procedure types, the tumour types treated and any planned new techniques, equipment or staff.
std-1h-evidence-1 = Service development plan or most recent annual report

### Standard 2

std-2-title = Facilities and equipment
std-2-intro = This standard looks at the rooms, imaging equipment and technical support available for IO procedures.

std-2a-text = Which imaging modalities are available to the IO service for procedure guidance and planning?
std-2a-guidance = Select every modality the IO team can use for its procedures, whether in its own rooms or by agreement with another department.
std-2a-evidence-1 = List of imaging equipment with year of installation
std-2a-option-ct = CT
std-2a-option-mri = MRI
std-2a-option-ultrasound = Ultrasound
std-2a-option-angiography = Fluoroscopy or angiography
std-2a-option-cone-beam-ct = Cone-beam CT
std-2a-option-pet-ct = PET-CT

std-2b-text = Does the service have guaranteed access to procedure rooms suitable for IO, equipped with patient monitoring and resuscitation equipment?
std-2b-guidance = Rooms may be shared with other services if IO lists are scheduled and protected. Resuscitation equipment should be checked to a documented schedule.
std-2b-evidence-1 = Description or floor plan of the procedure rooms
std-2b-evidence-2 = Resuscitation equipment checklist for the last month

std-2c-text = On what date was the last documented quality-assurance check of the main imaging equipment used for IO procedures?
std-2c-guidance = Give the date of the most recent check by medical physics or the manufacturer's service engineer. If several systems are used, give the date for the system used most often.
std-2c-evidence-1 = Most recent equipment quality-assurance or service report

### Standard 3

std-3-title = Staffing and credentials
std-3-intro = This standard looks at the number, training and credentials of the staff who deliver IO care.

std-3a-text = Are all physicians who perform IO procedures trained and credentialled for the procedures they perform?
std-3a-guidance = Credentialling may be through a recognised board certification in interventional radiology, a national equivalent or a documented local process. Describe any physician still in supervised training in the explanation.
std-3a-evidence-1 = Credentialling records of the IO physicians
std-3a-evidence-2 = Short CVs of the IO physicians

std-3b-text = How many physicians currently perform IO procedures independently in the service?
std-3b-guidance = Count physicians who perform procedures without supervision; do not count trainees.

std-3c-text = Are IO procedures supported by nurses and radiographers trained in interventional work, with anaesthesia support available when needed?
std-3c-guidance = Describe the usual team for a procedure and how anaesthesia or sedation support is requested. Training may be internal if it is documented.
std-3c-evidence-1 = Staff rota for a representative month
std-3c-evidence-2 = Training records of IO nursing and radiographer staff

std-3d-text = Does the hospital provide interventional radiology cover 24 hours a day to manage complications of IO procedures?
std-3d-guidance = Cover may be provided by an on-call rota shared with a neighbouring hospital if transfer arrangements are agreed in writing.
std-3d-evidence-1 = On-call rota for interventional radiology

### Standard 4

std-4-title = Multidisciplinary tumour board
std-4-intro = This standard looks at how IO treatment decisions are made within a multidisciplinary team.

std-4a-text = What was the median number of days from receipt of referral to discussion at the tumour board over the last 12 months?
std-4a-guidance = Count calendar days, using your referral log or tumour board records. If an exact median is not available, give your best estimate.
std-4a-evidence-1 = Audit of referral-to-tumour-board times

std-4b-text = Is an interventional oncologist a standing member of every tumour board at which candidates for IO treatment are discussed?
std-4b-guidance = Membership should be set out in the tumour board's terms of reference. Explain how cover is arranged when the interventional oncologist is absent.
std-4b-evidence-1 = Tumour board terms of reference listing its members
std-4b-evidence-2 = Attendance records for the last six months

std-4c-text = Are all patients considered for elective IO treatment discussed at a tumour board before the procedure?
std-4c-guidance = Emergency procedures may be discussed afterwards. Explain any other exceptions and how they are documented.
std-4c-evidence-1 = Tumour board minutes of the last three months (anonymised)

std-4d-text = Are tumour board recommendations recorded in the patient record and communicated to the referring physician?
std-4d-guidance = Describe where the recommendation is recorded and how the referrer is informed, for example by letter or through the electronic record.
std-4d-evidence-1 = Sample of anonymised tumour board recommendations

std-4e-text = How often does the tumour board that discusses IO patients meet?
std-4e-guidance = If several tumour boards discuss IO patients, answer for the one that discusses the most IO referrals.
std-4e-option-weekly = Weekly
std-4e-option-fortnightly = Every two weeks
std-4e-option-monthly = Monthly
std-4e-option-less-often = Less often or on demand

## Section 2

std-section-2-title = Clinical pathway and patient safety

### Standard 5

std-5-title = Referral and pre-procedure assessment
std-5-intro = This standard looks at how patients are referred to the service and assessed before treatment.

std-5a-text = Is there a documented referral pathway for IO procedures, such as a referral form or electronic request?
std-5a-guidance = The pathway should make clear what information the referrer must supply, including relevant imaging and laboratory results.
std-5a-evidence-1 = Referral form or electronic request template

std-5b-text = Are referring physicians given written information about the procedures offered and the referral criteria?
std-5b-guidance = This may be a leaflet, an intranet page or a section of the hospital's referral guidelines.
std-5b-evidence-1 = Information for referrers

std-5c-text = Describe how pre-procedure imaging is reviewed and how you make sure it is recent enough for planning.
std-5c-guidance = Say who reviews the imaging, what maximum interval between imaging and procedure you accept and what happens when imaging is out of date.

std-5d-text = Is every patient clinically assessed by a member of the IO team before the procedure, including performance status, laboratory results, medication and allergies?
std-5d-guidance = The assessment may take place in clinic, on the ward or by a documented pre-assessment call. Particular attention should be paid to anticoagulant and antiplatelet medication.
std-5d-evidence-1 = Pre-procedure assessment checklist
std-5d-evidence-2 = Three anonymised completed assessments

### Standard 6

std-6-title = Informed consent and patient information
std-6-intro = This standard looks at how patients are informed about their treatment and how their consent is obtained.

std-6a-text = Is written informed consent obtained for every elective IO procedure by a clinician with sufficient knowledge of the procedure?
std-6a-guidance = Describe who obtains consent and when. Consent should normally be obtained before the day of the procedure or with enough time for the patient to reflect.
std-6a-evidence-1 = Procedure-specific consent forms

std-6b-text = Does the consent discussion cover the expected benefits, the common and serious risks and the alternative treatments?
std-6b-guidance = The consent form or the record of the discussion should show that risks and alternatives were explained.
std-6b-evidence-1 = Anonymised completed consent form

std-6c-text = Are patients given procedure-specific written information in plain language before their procedure?
std-6c-guidance = Information should explain the procedure, preparation, expected recovery and whom to contact with questions.
std-6c-evidence-1 = Patient information leaflets for the main procedures

std-6d-text = Are interpreters or information in accessible formats available to patients who need them?
std-6d-guidance = Describe how an interpreter is arranged and what is available for patients with visual, hearing or learning difficulties.
std-6d-evidence-1 = Hospital policy on interpreting and accessible information

std-6e-text = In which formats is patient information about IO procedures available?
std-6e-guidance = Select every format currently in use for at least one of the procedures offered.
std-6e-option-leaflet = Printed leaflet
std-6e-option-website = Hospital website or patient portal
std-6e-option-video = Video
std-6e-option-translated = Translations into other languages
std-6e-option-easy-read = Easy-read version

### Standard 7

std-7-title = Procedure planning and peri-procedural care
std-7-intro = This standard looks at how procedures are planned and how patients are cared for immediately before, during and after them.

std-7a-text = Is a procedural safety checklist completed and documented for every IO procedure?
std-7a-guidance = A checklist adapted from a recognised surgical safety checklist is suitable. Explain how completion is checked.
std-7a-evidence-1 = Blank copy of the safety checklist
std-7a-evidence-2 = Result of the most recent checklist compliance audit

std-7b-text = Are there written protocols for sedation and analgesia, peri-procedural anticoagulation and antibiotic prophylaxis?
std-7b-guidance = Protocols may be hospital-wide if they cover IO procedures. State which protocols are missing, if any.
std-7b-evidence-1 = Sedation and analgesia protocol
std-7b-evidence-2 = Peri-procedural anticoagulation guideline

std-7c-text = Describe how treatment is planned and how the technical result is verified at the end of the procedure, for example the ablation margin or embolisation endpoint.
std-7c-guidance = Mention any planning or image-fusion software, contrast-enhanced imaging at the end of the procedure and how the result is recorded in the procedure report.
std-7c-evidence-1 = Example procedure report (anonymised)

### Standard 8

std-8-title = Radiation protection and safety
std-8-intro = This standard looks at how patients and staff are protected from ionising radiation during IO procedures.

std-8a-text = Does a named medical physics expert or radiation protection adviser support the IO service?
std-8a-guidance = The expert may be employed by the hospital or contracted, and should be involved in dose audits, equipment acceptance and optimisation of protocols.
std-8a-evidence-1 = Appointment letter or service agreement for the medical physics expert

std-8b-text = Is the patient radiation dose recorded for every fluoroscopy-guided and CT-guided procedure?
std-8b-guidance = Dose may be recorded automatically by a dose-management system or manually in the procedure report.
std-8b-evidence-1 = Extract from the dose record for recent procedures (anonymised)

std-8c-text = Has the service set local diagnostic reference levels for its main procedures and compared its doses with them in the last 12 months?
std-8c-guidance = Explain which procedures are covered and what actions followed if doses were above the reference levels.
std-8c-evidence-1 = Most recent dose audit report

std-8d-text = Do all staff in the procedure room wear personal dosimeters and protective equipment, and are their doses reviewed?
std-8d-guidance = Describe the dosimetry arrangements, including any eye-lens monitoring, and who reviews the results.
std-8d-evidence-1 = Summary of staff dosimetry results for the last year
std-8d-evidence-2 = Inventory of protective equipment with inspection dates

std-8e-text = Is there a documented process for following up patients whose radiation dose exceeds a defined threshold?
std-8e-guidance = The process should state the threshold, how the patient is informed and how possible skin injury is checked.
std-8e-evidence-1 = Procedure for high-dose patient follow-up

std-8f-text = If the service performs radioembolisation, is there a written protocol, agreed with nuclear medicine, for handling and administering radioactive microspheres?
std-8f-guidance = If the service does not perform radioembolisation, answer no and say so in the explanation.
std-8f-evidence-1 = Joint radioembolisation protocol with nuclear medicine

### Standard 9

std-9-title = Nursing and ward care
std-9-intro = This standard looks at the nursing and ward care IO patients receive before and after their procedure.

std-9a-text = Does the service have reliable access to day-case or inpatient beds for IO patients?
std-9a-guidance = Beds may be in a shared ward if there is an agreement on their availability for IO patients.
std-9a-evidence-1 = Bed allocation agreement or ward arrangements

std-9b-text = Are ward nurses trained in post-procedure care specific to IO, such as access-site care and recognising post-embolisation syndrome?
std-9b-guidance = Training may be delivered by the IO team or the ward's own educators; describe how it is recorded.
std-9b-evidence-1 = Nursing training records for IO aftercare

std-9c-text = Do patients have a named contact, such as a nurse-led telephone line, to call with concerns after discharge?
std-9c-guidance = The contact should be given to the patient in writing at discharge, with advice on what to do out of hours.
std-9c-evidence-1 = Discharge information showing the contact details

## Section 3

std-section-3-title = Outcomes, quality and education

### Standard 10

std-10-title = Follow-up and outcome assessment
std-10-intro = This standard looks at how patients are followed up after treatment and how outcomes are measured.

std-10a-text = What percentage of patients treated in the last 12 months had a documented clinical follow-up within 30 days of their procedure?
std-10a-guidance = Follow-up may be a clinic visit, a telephone consultation or a documented review of the patient record. Round to the nearest whole number.
std-10a-evidence-1 = Audit of 30-day follow-up

std-10b-text = Which response criteria does the service mainly use to assess imaging after treatment?
std-10b-guidance = Choose the criteria used for most patients. If different criteria are used for different tumour types, choose the one used most often.
std-10b-option-mrecist = mRECIST
std-10b-option-recist = RECIST 1.1
std-10b-option-easl = EASL criteria
std-10b-option-li-rads = LI-RADS treatment response
std-10b-option-other = Other

std-10c-text = Is there a defined follow-up imaging schedule for each type of procedure, with results reviewed by the IO team?
std-10c-guidance = The schedule should state the timing and modality of follow-up imaging. Explain how results that show residual or recurrent disease are acted on.
std-10c-evidence-1 = Written follow-up protocol

std-10d-text = Are outcomes such as local tumour control and survival analysed and reported at least every two years?
std-10d-guidance = The analysis may be internal. Say who receives the report and whether results are compared with published series.
std-10d-evidence-1 = Most recent outcome report

### Standard 11

std-11-title = Complications management and reporting
std-11-intro = This standard looks at how complications are recorded, graded, managed and learned from.

std-11a-text = Are all complications of IO procedures recorded prospectively and graded using a recognised classification?
std-11a-guidance = Recording should include complications found after discharge. Explain how complications are captured when patients are readmitted elsewhere.
std-11a-evidence-1 = Extract from the complication register (anonymised)

std-11b-text = Which classification systems does the service use to grade complications?
std-11b-guidance = Select every system in use, including any used only for particular procedures.
std-11b-option-cirse = CIRSE classification
std-11b-option-ctcae = CTCAE
std-11b-option-sir = SIR classification
std-11b-option-other = Other

std-11c-text = Are complications discussed at a regular morbidity and mortality meeting, with the lessons learned documented?
std-11c-guidance = The meeting may be shared with the wider radiology or oncology department if IO cases are discussed.
std-11c-evidence-1 = Minutes of the last two morbidity and mortality meetings (anonymised)

### Standard 12

std-12-title = Quality improvement, audit and data
std-12-intro = This standard looks at how the service collects data and uses audit to improve its care.

std-12a-text = Does the service keep a prospective database or registry of all IO procedures, recording indication, technique, complications and outcomes?
std-12a-guidance = The database may be local or part of a national or international registry. Describe who enters the data and how completeness is checked.
std-12a-evidence-1 = List of the fields recorded in the database

std-12b-text = Does the service complete at least one clinical audit cycle each year, with an action plan and re-audit?
std-12b-guidance = Any topic relevant to IO is acceptable, for example complication rates, consent or follow-up. Say which audits were completed in the last year.
std-12b-evidence-1 = Most recent audit report with its action plan

std-12c-text = On what date was the last departmental audit meeting at which IO data were presented?
std-12c-guidance = Give the date of the meeting itself, not the date the minutes were approved.
std-12c-evidence-1 = Agenda or minutes of the meeting

std-12d-text = Describe one change made in the last two years as a result of audit, incident review or patient feedback, and its effect.
std-12d-guidance = Explain what prompted the change, what was done and how its effect was measured.

### Standard 13

std-13-title = Education, training and research
std-13-intro = This standard looks at how the service keeps its knowledge current and contributes to training and research.

std-13a-text = Do members of the IO team take part in continuing medical education in interventional oncology?
std-13a-guidance = Include courses, congresses and online learning. A summary of the last two years for each physician is sufficient.
std-13a-evidence-1 = Summary of continuing education activities for the last two years

std-13b-text = Does the service train residents or fellows in IO through a structured programme?
std-13b-guidance = Describe the programme, its length and how trainees are supervised and assessed.
std-13b-evidence-1 = Outline of the training programme

std-13c-text = Does the service take part in clinical research or contribute data to registries in interventional oncology?
std-13c-guidance = List current studies or registries and any publications from the last three years.
std-13c-evidence-1 = List of studies, registries and publications from the last three years

## Units

std-unit-procedures = procedures
std-unit-physicians = physicians
std-unit-days = days
std-unit-percent = %
