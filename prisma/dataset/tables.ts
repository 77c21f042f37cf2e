import type { BulkLoader } from "./bulk-insert";

/**
 * The tables the dataset writes, with their columns as the migrations define them (every NOT NULL
 * column is listed, including updated_at, which has no default), each after the tables its
 * foreign keys point to.
 */
export function datasetTables(loader: BulkLoader) {
  const orgUnit = loader.table("org_unit", {
    id: "int",
    code: "text",
    name: "text",
    kind: { enum: "OrgUnitKind" },
    parent_id: "int",
    path: "text",
    position: "int",
  });
  const employee = loader.table(
    "employee",
    {
      id: "int",
      staff_number: "text",
      name: "text",
      name_kana: "text",
      job_category: "text",
      rank: "text",
      joined_on: "date",
      unit_id: "int",
      supervisor_id: "int",
      email: "text",
      active: "bool",
      created_at: "timestamp",
      updated_at: "timestamp",
    },
    [orgUnit],
  );
  const credential = loader.table("credential", { employee_id: "int", password_hash: "text", updated_at: "timestamp" }, [employee]);
  const roleAssignment = loader.table(
    "role_assignment",
    { id: "int", employee_id: "int", role: { enum: "Role" }, unit_id: "int", include_subunits: "bool", valid_from: "date", valid_to: "date" },
    [employee],
  );
  const fiscalYear = loader.table("fiscal_year", { year: "int", status: { enum: "FiscalYearStatus" }, opened_at: "timestamp", closed_at: "timestamp" });
  const trainingProgramme = loader.table("training_programme", {
    id: "int",
    title: "text",
    kind: { enum: "TrainingKind" },
    measure_id: "int",
    target_ranks: "text",
    target_job_categories: "text",
    hours: "numeric",
    version: "int",
    created_at: "timestamp",
    updated_at: "timestamp",
  });
  const trainingSession = loader.table(
    "training_session",
    { id: "int", programme_id: "int", fiscal_year: "int", start_on: "date", end_on: "date", venue: "text", online: "bool", capacity: "int", version: "int" },
    [trainingProgramme],
  );
  const developmentPlan = loader.table(
    "development_plan",
    {
      id: "int",
      employee_id: "int",
      fiscal_year: "int",
      status: { enum: "PlanStatus" },
      vision_now: "text",
      vision_3_years: "text",
      vision_10_years: "text",
      transfer_wish_fields: "text",
      transfer_wish_comment: "text",
      reflection: "text",
      submitted_at: "timestamp",
      reviewed_at: "timestamp",
      reviewer_id: "int",
      version: "int",
      created_at: "timestamp",
      updated_at: "timestamp",
    },
    [employee],
  );
  const planTargetImage = loader.table(
    "plan_target_image",
    { plan_id: "int", target_image_id: "int", aspired: "bool", reason: "text", self_score: "int", self_comment: "text" },
    [developmentPlan],
  );
  const commitment = loader.table(
    "commitment",
    {
      id: "int",
      level: { enum: "CommitmentLevel" },
      fiscal_year: "int",
      plan_id: "int",
      owner_employee_id: "int",
      owner_unit_id: "int",
      measure_id: "int",
      focus_theme_id: "int",
      target_image_id: "int",
      title: "text",
      description: "text",
      target_text: "text",
      target_value: "numeric",
      target_unit: "text",
      actual_value: "numeric",
      progress_percent: "int",
      metric: { enum: "CommitmentMetric" },
      due_on: "date",
      status: { enum: "CommitmentStatus" },
      position: "int",
      version: "int",
      created_by_id: "int",
      created_at: "timestamp",
      updated_at: "timestamp",
      carried_from_id: "int",
    },
    [developmentPlan],
  );
  const commitmentProgress = loader.table(
    "commitment_progress",
    {
      id: "int",
      commitment_id: "int",
      recorded_on: "date",
      note: "text",
      percent: "int",
      actual_value: "numeric",
      recorded_by_id: "int",
      created_at: "timestamp",
    },
    [commitment],
  );
  const reviewEvent = loader.table(
    "review_event",
    {
      id: "int",
      plan_id: "int",
      commitment_id: "int",
      action: { enum: "ReviewAction" },
      from_status: "text",
      to_status: "text",
      comment: "text",
      actor_id: "int",
      at: "timestamp",
    },
    [developmentPlan, commitment],
  );
  const trainingRecord = loader.table(
    "training_record",
    {
      id: "int",
      employee_id: "int",
      fiscal_year: "int",
      programme_name: "text",
      kind: { enum: "TrainingKind" },
      start_on: "date",
      end_on: "date",
      hours: "numeric",
      completed: "bool",
      measure_id: "int",
      version: "int",
      created_by_id: "int",
      created_at: "timestamp",
      updated_at: "timestamp",
    },
    [employee],
  );
  const trainingEnrolment = loader.table(
    "training_enrolment",
    { id: "int", session_id: "int", employee_id: "int", status: { enum: "EnrolmentStatus" }, training_record_id: "int", updated_at: "timestamp" },
    [trainingSession, trainingRecord],
  );
  const qualificationRecord = loader.table(
    "qualification_record",
    {
      id: "int",
      employee_id: "int",
      name: "text",
      obtained_on: "date",
      expires_on: "date",
      measure_id: "int",
      note: "text",
      version: "int",
      created_by_id: "int",
      created_at: "timestamp",
      updated_at: "timestamp",
    },
    [employee],
  );
  const ojtPlan = loader.table(
    "ojt_plan",
    {
      id: "int",
      trainee_id: "int",
      trainer_id: "int",
      supervisor_id: "int",
      fiscal_year: "int",
      goals: "text",
      completed: "bool",
      version: "int",
      created_at: "timestamp",
      updated_at: "timestamp",
    },
    [employee],
  );
  const ojtGoal = loader.table(
    "ojt_goal",
    { id: "int", ojt_plan_id: "int", period: "text", measure_id: "int", goal: "text", achieved: "bool", position: "int" },
    [ojtPlan],
  );
  const ojtSession = loader.table(
    "ojt_session",
    {
      id: "int",
      ojt_plan_id: "int",
      held_on: "date",
      minutes: "int",
      topic: "text",
      learnt: "text",
      next_step: "text",
      recorded_by_id: "int",
      created_at: "timestamp",
    },
    [ojtPlan],
  );
  const careerInterview = loader.table(
    "career_interview",
    {
      id: "int",
      employee_id: "int",
      supervisor_id: "int",
      held_on: "date",
      kind: { enum: "InterviewKind" },
      agenda: "text",
      shared_notes: "text",
      private_notes: "text",
      agreed_actions: "text",
      version: "int",
      created_at: "timestamp",
      updated_at: "timestamp",
    },
    [employee],
  );
  const interviewAction = loader.table(
    "interview_action",
    {
      id: "int",
      interview_id: "int",
      title: "text",
      measure_id: "int",
      status: { enum: "InterviewActionStatus" },
      commitment_id: "int",
      decided_at: "timestamp",
    },
    [careerInterview, commitment],
  );
  // 期末: one row per rated commitment (migrations: year_end_rating).
  const yearEndRating = loader.table(
    "year_end_rating",
    {
      commitment_id: "int",
      rating: "text",
      rated_at: "timestamp",
      rated_by_id: "int",
      supervisor_comment: "text",
      commented_at: "timestamp",
      commented_by_id: "int",
      version: "int",
    },
    [commitment, employee],
  );
  const notification = loader.table(
    "notification",
    {
      id: "int",
      recipient_id: "int",
      kind: { enum: "NotificationKind" },
      actor_id: "int",
      href: "text",
      params: "jsonb",
      created_at: "timestamp",
      read_at: "timestamp",
    },
    [employee],
  );
  return {
    orgUnit,
    employee,
    credential,
    roleAssignment,
    fiscalYear,
    trainingProgramme,
    trainingSession,
    developmentPlan,
    planTargetImage,
    commitment,
    commitmentProgress,
    reviewEvent,
    trainingRecord,
    trainingEnrolment,
    qualificationRecord,
    ojtPlan,
    ojtGoal,
    ojtSession,
    careerInterview,
    interviewAction,
    yearEndRating,
    notification,
  };
}

export type DatasetTables = ReturnType<typeof datasetTables>;
