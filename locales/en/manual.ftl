# Accredit-IO application manual: one chapter per topic, three messages each (title, summary, body).
# English is the source language and the fallback; translators work from this file.

manual-overview = Welcome to Accredit-IO
manual-overview-summary = What the accreditation programme is, its three stages and how this manual is organised.
manual-overview-body =
    Accredit-IO runs the accreditation programme for interventional-oncology (IO) services. Your team answers a questionnaire on the Standards of Quality Assurance, reviews a random sample of its own cases and submits; assessors review the same application in the same app, and the programme office decides.

    ## The three stages

    - Enrolled Centre: the facility is registered and activated and its enrolment invoice is paid.
    - Accredited Centre: the assessors found every core item met and the internal case review is complete. Valid for four years.
    - Centre of Excellence: at re-certification, every core and every extended item is met. Valid for four years.

    ## The path in short

    - Register and activate the facility, then bring colleagues in with the facility code.
    - Pay the enrolment invoice and open the application.
    - Answer the questionnaire, link evidence and review 30 randomly drawn cases.
    - The Authorised Representative submits; assessors review and may ask questions.
    - The office decides; an accredited service receives a verifiable certificate.

    ## Languages

    The interface, the standards, email and this manual come in nine languages: English, German, French, Spanish, Italian, Portuguese, Turkish, Simplified Chinese and Arabic (right to left). Switch language in the header at any time.

manual-registering = Registering and joining a facility
manual-registering-summary = How to register your service, activate it and bring colleagues in with the facility code.
manual-registering-body =
    ## Before you start

    You need at least 150 therapeutic IO procedures a year, and the approval of your head of department or hospital director (name, email address and a date within the last two years). Decide who will be Authorised Representative, designated contact and, optionally, substitute contact.

    ## Registering

    Choose Register a facility and complete the form: facility, eligibility, your account and the facility roles. Leave a role empty to take it yourself. You become the main account holder. If the facility is already registered, you are asked to join it instead.

    ## Activating

    We email you a link, valid for 72 hours, and your facility code. Open the link and press Activate now. The facility moves from Registered – activation pending to Activated – enrolment payment pending, the enrolment invoice is issued, and the people you named receive an invitation with the code. If the link expired or got lost, choose Link expired or lost? Send me a new link on the sign-in page and enter your address: the new link replaces the old one. The programme office can also re-send it or activate the facility on your behalf. A registration not activated within 30 days is deleted, and its name and address become free again.

    ## Joining with the facility code

    Colleagues choose Create an account to join a facility, confirm their email address, sign in, open Join a facility and enter the code (ten letters and digits, for example ABCDE-23456). The request shows Awaiting approval until the main account holder presses Approve or Decline under Requests to join. Someone named in a role who joins with that email address becomes a member at once.

    ## Your account

    After too many wrong passwords, wait 15 minutes. A password reset link is valid for one hour. One account can belong to several facilities, listed under My facilities.

manual-roles = Roles and permissions
manual-roles-summary = Who does what in a facility and in the programme, and how facility roles are named.
manual-roles-body =
    ## Facility roles

    - Main account holder: approves members, removes them, names the facility roles and decides whether an Enrolled Centre is listed in the directory. Cannot be removed.
    - Authorised Representative: formally responsible for the application and the only person who can submit it. Not even an administrator can submit for you.
    - Designated contact and substitute contact: receive the programme's correspondence.
    - Member: answers questions, links evidence, fills in the case review and replies to queries.

    ## Naming roles

    On the facility page, under Facility roles, the main account holder presses Name beside a role and enters a colleague or an email address. Each role has one holder; a vacant role shows not named, and a person named by email shows invited until they join. Name a new Authorised Representative before removing the current one.

    ## Programme roles

    Assessors see only the applications assigned to them. Administrators run the programme office: registrations, invoices, standards editions, assignments, decisions and workshops. Translators maintain the languages. Every change is kept in a tamper-evident audit log.

manual-invoices = Invoices and payment
manual-invoices-summary = Which invoices you receive, how to pay them and what happens once they are paid.
manual-invoices-body =
    ## What is invoiced

    - At activation: the enrolment fee plus the first annual fee.
    - On each enrolment anniversary: the annual fee.
    - Six months before your accreditation expires: the re-certification fee.

    ## Viewing and paying

    The facility page lists your Invoices; View opens one, with Print and Download PDF. Transfer the total by the due date (normally 30 days) quoting the payment reference. The office records your payment, or the payment provider confirms it. Invoices and reminders are emailed to the designated contact, or else the main account holder.

    ## Status and corrections

    An invoice is Open, Paid, Overdue, Void or Credit note; Still owed shows what remains. Reminders go out on the due date and 14 days later. Invoices are never deleted: a wrong one is voided and a credit note issued.

    ## Becoming an Enrolled Centre

    Once the enrolment invoice is paid in full, the facility becomes an Enrolled Centre and the seal appears on its page. There is no deadline for submitting, so you can prepare at your own pace.

manual-questionnaire = Answering the questionnaire
manual-questionnaire-summary = Answering in any order, how autosave works, working offline and settling a conflict with a colleague.
manual-questionnaire-body =
    ## Opening the application

    As an Enrolled Centre, press Go to the application on the facility page. It uses the standards edition current on the day you open it, for the whole cycle. Items are grouped by section and standard and marked Core or Extended.

    ## Items and guidance

    Each item has Guidance and an Evidence list. Answers are yes or no with an explanation, a number, a date, text, or a single or multiple choice. A core item answered No needs an explanation; dates cannot be in the future.

    ## Any order, many hands

    Answer in any order. Colleagues can work at the same time; their saved answers appear on your screen within seconds.

    ## How saving works

    There is no save button. Typing is saved after a pause of about a second; choosing an option or leaving a field saves at once. Each item shows its state:

    - Saving…: on its way.
    - Saved: the server has it.
    - Offline — saved on this device: kept in this browser and sent automatically later.
    - Changed by someone else: a conflict, see below.

    ## Working offline

    If the network drops, keep working. Answers stay on this device, survive a reload and are sent in order when you are back online; the page shows how many are waiting. Do not sign out while answers are waiting: signing out removes them from the device. If your session ended, the item says Kept on this device: sign in again to send it.

    ## Conflicts

    If a colleague saved a different answer to the same item after you loaded it, you see their answer and choose Keep my answer or Take their answer. Nothing is overwritten silently.

manual-section-1 = Section 1: Organisation and infrastructure
manual-section-1-summary = Standards 1 to 4: governance, facilities and equipment, staffing, and the tumour board.
manual-section-1-body =
    This installation ships a demonstration edition: example items in our own words, not the licensed standards. With the licensed edition the wording changes but the way of working does not. Section 1 has 20 items, 11 of them core.

    ## Standard 1: Service organisation and governance

    Core items 1a, 1c, 1e, 1f and 1g ask for a named clinical lead, a defined place in the hospital structure, SOPs for every procedure, document review at least every three years and pre- and post-treatment clinics. An organigram, the lead's appointment letter, an SOP index with review dates and a clinic timetable usually suffice. Overdue SOP reviews without explanation are a common finding.

    ## Standard 2: Facilities and equipment

    Core item 2b asks for guaranteed procedure rooms with monitoring and resuscitation equipment checked to a schedule; a room description and a recent checklist help. Shared rooms are fine if IO lists are protected. In 2a tick only modalities you can really use.

    ## Standard 3: Staffing and credentials

    Core items 3a and 3c cover credentialled IO physicians and trained nurses and radiographers with anaesthesia support. Credentialling records, short CVs, rotas and training records are the usual evidence. In 3b count only independent physicians, and describe trainees in the explanation.

    ## Standard 4: Multidisciplinary tumour board

    Core items 4b, 4c and 4d: an interventional oncologist sits on the board, every elective IO patient is discussed beforehand, and the recommendation reaches the record and the referrer. Terms of reference, attendance lists and minutes are strong evidence. Anonymise minutes before uploading.

manual-section-2 = Section 2: Clinical pathway and patient safety
manual-section-2-summary = Standards 5 to 9: assessment, consent, peri-procedural care, radiation protection and ward care.
manual-section-2-body =
    These, too, are demonstration items in our own words, not the licensed standards. Section 2 has 21 items, 12 of them core.

    ## Standard 5: Referral and pre-procedure assessment

    Core item 5d asks that every patient is assessed by the IO team beforehand, including performance status, laboratory results, medication and allergies. Your checklist and three anonymised completed assessments show it best. Watch anticoagulant and antiplatelet medication.

    ## Standard 6: Informed consent and patient information

    Core items 6a to 6d: written consent by a knowledgeable clinician, a discussion of benefits, risks and alternatives, plain-language information per procedure, and interpreters or accessible formats. Upload consent forms, leaflets and the interpreting policy. Generic forms without alternatives are a frequent finding.

    ## Standard 7: Procedure planning and peri-procedural care

    Core items 7a and 7b ask for a safety checklist for every procedure and protocols for sedation, anticoagulation and antibiotic prophylaxis. Add your latest checklist audit. If a protocol is missing, say so rather than answering Yes.

    ## Standard 8: Radiation protection and safety

    Core items 8a to 8e: a medical physics expert, patient dose for every guided procedure, local reference levels audited in the last 12 months, staff dosimetry and protective equipment, and follow-up of high-dose patients. An out-of-date dose audit is the usual gap. If you do not offer radioembolisation, answer 8f No and say so.

    ## Standard 9: Nursing and ward care

    No item is core, but all three count towards Centre of Excellence: beds, ward nurses trained in IO aftercare, and a named contact after discharge. Discharge information showing the contact is simple evidence.

manual-section-3 = Section 3: Outcomes, quality and education
manual-section-3-summary = Standards 10 to 13: follow-up, complications, quality improvement, and education and research.
manual-section-3-body =
    Again a demonstration edition in our own words, not the licensed standards. Section 3 has 14 items, 4 of them core.

    ## Standard 10: Follow-up and outcome assessment

    Core item 10c asks for a follow-up imaging schedule per procedure type, reviewed by the IO team; your written protocol is the key evidence. Explain how residual or recurrent disease is acted on.

    ## Standard 11: Complications management and reporting

    Core item 11a asks that all complications, including those after discharge, are recorded prospectively and graded with a recognised classification. Upload an anonymised register extract. Keep the grades consistent with your case review.

    ## Standard 12: Quality improvement, audit and data

    Core items 12a and 12b ask for a prospective procedure database and at least one full audit cycle a year. Upload the database field list and your latest audit with its action plan. An audit without re-audit does not close the cycle.

    ## Standard 13: Education, training and research

    No item is core. Summarise continuing education, training of residents and research over the last years; it matters for Centre of Excellence.

manual-evidence = Evidence library
manual-evidence-summary = Upload a document once, link it to any number of items and keep patient data out of it.
manual-evidence-body =
    ## One library per facility

    Every upload goes into the facility's evidence library, which shows who uploaded each file, when, and the items it supports. One file can support several items.

    ## Attaching files

    Under an item, use Attach a file and Upload, or choose from the library and press Link. Remove takes the file off that item only.

    ## Accepted files

    PDF, images, office documents and plain text, up to the limit shown (20 MB by default). The type is checked from the content, not the name.

    ## Good practice

    Use current, dated documents and remove names, dates of birth and hospital numbers first. Every core item needs its required evidence linked before the application can be submitted; for an extended item, missing evidence is flagged but does not block. Assessors may ask for more later.

manual-readiness = Attention summary and progress
manual-readiness-summary = Reading the attention summary and progress table, and knowing when you are ready to submit.
manual-readiness-body =
    ## What still needs attention

    - Not answered yet: every item needs an answer; an extended item may be answered No (not yet met) with its explanation.
    - A core item must be met before the application is submitted: a core item answered No.
    - The answer needs correcting: saved, but it fails its check (a percentage above 100, say); it counts as not answered.
    - Required evidence not uploaded yet: this blocks submission for a core item and is a reminder for an extended one.

    ## Progress

    The counters show core and extended items answered (27 and 28 in the demonstration edition); Progress by section and standard breaks them down so you can share out work.

    ## Ready to submit

    You are ready when every item is answered, every core item is answered as met with its required evidence linked, and the case review is complete. The panel lists exactly what still keeps the application from being submitted, each with a link to the item; the server applies the same check when the Authorised Representative submits. Extended answers never make up for a core gap.

manual-case-review = Internal case review
manual-case-review-summary = How 30 cases are drawn from your pseudonymous case list and how to complete each case form.
manual-case-review-body =
    ## The reference list

    List the pseudonymous references of all IO cases of the last 12 months, one per line or as the first column of a CSV file. You need at least 30 different references of up to 40 characters each. Never use names, dates of birth or hospital numbers: such references are refused with their line number.

    ## Drawing the cases

    Press Draw 30 cases. The seed, list fingerprint, date and person are recorded, so the draw can be repeated and checked. Draw again needs a reason, which the assessors can see.

    ## The case form

    For each case record the procedure type and date, whether tumour board discussion, consent and follow-up are documented, the complication grade (CIRSE 1 to 6 or none) and notes. The page counts cases complete out of 30. The form is not stored offline: if it says Not saved, try again when online. Same as the previous case copies the answers of the case above (not its notes) when cases repeat the same values; then change what differs.

    ## Identifier flags

    Notes that seem to contain a name, a date of birth, an identification number or contact details are flagged, and the case stays To do until reworded. Record what really happened: the review must reflect your practice.

manual-submission = Submitting the application
manual-submission-summary = Who submits, what is checked and frozen, and what your receipt means.
manual-submission-body =
    ## Who submits

    Only the Authorised Representative. They tick the confirmation and press Submit the application; the server checks readiness again.

    ## Before you submit

    - Every item is answered; every core item is met and has its required evidence linked.
    - The case review is complete.
    - No colleague still shows Offline — saved on this device.

    ## What is frozen

    Answers, linked evidence and the case review are frozen in one snapshot with a SHA-256 content fingerprint. The status becomes Submitted – waiting for assessors.

    ## Your receipt

    The page shows who submitted, when, and the fingerprint, which is also emailed to the team. Keep it: it identifies exactly what you submitted.

manual-assessment = Assessment
manual-assessment-summary = How assessors review, how queries work and why the clock pauses while evidence is requested.
manual-assessment-body =
    ## Assignment

    The office assigns assessors. Each first declares conflicts of interest; a conflict ends the assignment. When the first assessor is active, the status becomes Under assessment and the clock starts.

    ## Findings

    Under Assessments, each assessor reviews every answer, its evidence and the case review, and records Met, Partially met, Not met or Not applicable with a comment. For a core item, Not applicable never counts as met. Assessors work independently, then send a recommendation.

    ## Queries

    An assessor can ask about an item. The status becomes Evidence requested by the assessors, the team is emailed, and the item reopens. Reply, attach a file or amend the item; the assessor then closes the query.

    ## The clock

    The clock pauses while any query is open. The office works to a target, normally 12 weeks, so reply promptly.

manual-decision = Decision, certificate and verification
manual-decision-summary = How the decision is made, and how your certificate, badge and directory entry work.
manual-decision-body =
    ## The decision

    Once all queries are closed, the office decides. Accredited requires every core item met by every assessor and a complete case review. Otherwise Amendments required names the items to amend; read the decision letter on the application page or as a PDF.

    ## Amendments

    Only the named items reopen. Amend them and the Authorised Representative submits again; the same assessors continue.

    ## Certificate and verification

    An Accredited Centre gets a certificate valid for four years, with a QR code to a public verification page showing Valid, Expired or Withdrawn. An embeddable badge shows the same live status.

    ## Directory

    Accredited Centres and Centres of Excellence with a valid certificate are listed automatically. An Enrolled Centre is listed only if the main account holder ticks List this Enrolled Centre in the public directory.

manual-recertification = Re-certification and Centre of Excellence
manual-recertification-summary = The re-certification invoice, the prefilled application, the possible outcomes and what happens at expiry.
manual-recertification-body =
    ## Timeline

    Each year between cycles, on the anniversary of your accreditation, the Authorised Representative completes a short self-check on the facility's page: staff, equipment and procedure volume still meet the core items, or what changed. Six months before your four-year accreditation expires, you receive the re-certification invoice. Paying it opens a re-certification application on the current standards edition.

    ## A prefilled application

    The application is prefilled from your last accredited cycle. Each carried answer is marked “Carried from the previous cycle — confirm or update” and counts as unanswered until you confirm it as it is or change it. Evidence past the expiry date recorded in the evidence library is flagged. “Compare with the previous cycle” shows item by item what changed; the assessors see the same comparison.

    ## Outcomes

    - In a re-certification you may apply for Centre of Excellence; the summary shows how many extended items are still unanswered.
    - Applied for, with all core and all extended items met: Centre of Excellence for four years.
    - All core items met: Accredited Centre again for four years.
    - A core item not met: amendments required on the named items.

    ## Expiry

    Accreditation stays valid while a re-certification submitted before expiry is under assessment. Otherwise it expires, and the verification page, badge and directory show it. A withdrawn certificate shows Withdrawn.

manual-workshops = Workshops
manual-workshops-summary = Finding, booking and cancelling a workshop, and how the waiting list works.
manual-workshops-body =
    ## Workshops

    The office runs workshops online or on site, each in a stated language with limited places. The calendar is public, and times are shown in the workshop's own time zone.

    ## Booking and the waiting list

    Signed-in facility members book a place for themselves or for a colleague of the same facility. If full, join the waiting list; when a place frees up, the first person waiting gets it and an email. Everyone with a place gets a reminder the day before.

    ## Cancelling and your calendar

    Cancel early if you cannot attend, so someone waiting gets the place. Download a workshop as an iCalendar (.ics) file, or subscribe to the calendar feed of all workshops.

manual-faq = Frequently asked questions
manual-faq-summary = Short answers to the questions teams and assessors ask most often.
manual-faq-body =
    ## Do we have to answer in order?

    No. Answer in any order; the attention summary shows what is left.

    ## Must all evidence be uploaded before submitting?

    For core items, yes: each core item's required evidence must be linked before the application can be submitted. For extended items, missing evidence is flagged but does not block; keep documents ready for the assessors.

    ## What if the network drops?

    Answers stay on your device, marked Offline — saved on this device, and are sent when you are back online. Do not sign out before they have gone.

    ## Who can submit?

    Only the Authorised Representative, never an administrator. The main account holder can name a different one.

    ## Can we draw the 30 cases again?

    Yes, with a reason, which is logged and visible to the assessors.

    ## How long does assessment take?

    The target is about 12 weeks of running clock; the clock stops while a query is open.

    ## How can others check our status?

    Through the verification page, reached from the certificate's QR code, your badge or the directory.

    ## Is this the official standards edition?

    No. It is a demonstration edition in our own words; the licensed edition is imported separately.

manual-glossary = Glossary
manual-glossary-summary = Interventional-oncology and programme terms used in Accredit-IO.
manual-glossary-body =
    - Ablation: destroying a tumour with heat, cold or other energy through an image-guided probe.
    - Accredited Centre: a facility found to meet every core item; valid for four years.
    - Authorised Representative: the person formally responsible for the application and the only one who can submit it.
    - Case reference (pseudonymous): a code identifying a case internally, without any name, date of birth or hospital number.
    - Centre of Excellence: the highest status, reached at re-certification by meeting every core and extended item.
    - Chemoembolisation (TACE): chemotherapy with embolic particles injected into the arteries feeding a tumour.
    - CIRSE grading of complications: a scale for complications of interventional procedures from grade 1, the mildest, to grade 6, death.
    - Clock pause: the time an open query stops the assessment clock.
    - Content fingerprint: the SHA-256 value of the snapshot frozen at submission.
    - Core item: an item that must be met for accreditation.
    - Enrolled Centre: a registered facility whose enrolment invoice is paid.
    - Evidence library: the facility's store of documents, each linkable to many items.
    - Extended item: an item needed only for Centre of Excellence.
    - Finding: an assessor's judgement on one item.
    - Internal case review: the review of 30 cases drawn at random from your case list.
    - Query: an assessor's question on one item, which reopens it until closed.
    - Radioembolisation (TARE or SIRT): radioactive microspheres delivered into the arteries feeding a liver tumour.
    - Standards edition: a fixed version of the standards with sections, standards and lettered items.
    - Tumour board (MDT): the multidisciplinary meeting that agrees each patient's treatment.
