/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-state-result"

#include "config.h"

#include <string.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-object-list.h"
#include "mg-party-result.h"
#include "mg-state-result.h"

/* One state's count. Every derived figure (decided, leader, majority
 * reached …) is computed here and nowhere else, from the party list. */
struct _MgStateResult
{
  GObject        parent_instance;

  char          *id;
  char          *name;
  char          *other_names;  /* its name in the feed's other languages */
  guint          seats;
  guint          majority;
  MgStateStatus  status;
  guint          previous_year;
  gboolean       unlisted_no_data;
  MgObjectList  *parties;
  MgObjectList  *constituencies;
};

G_DEFINE_FINAL_TYPE (MgStateResult, mg_state_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SEATS,
  PROP_MAJORITY,
  PROP_STATUS,
  PROP_PREVIOUS_YEAR,
  PROP_PARTIES,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
mg_state_result_dispose (GObject *object)
{
  MgStateResult *self = MG_STATE_RESULT (object);

  g_clear_object (&self->parties);

  G_OBJECT_CLASS (mg_state_result_parent_class)->dispose (object);
}

static void
mg_state_result_finalize (GObject *object)
{
  MgStateResult *self = MG_STATE_RESULT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->other_names, g_free);
  g_clear_object (&self->constituencies);

  G_OBJECT_CLASS (mg_state_result_parent_class)->finalize (object);
}

static void
mg_state_result_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MgStateResult *self = MG_STATE_RESULT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SEATS:
      g_value_set_uint (value, self->seats);
      break;
    case PROP_MAJORITY:
      g_value_set_uint (value, self->majority);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_PREVIOUS_YEAR:
      g_value_set_uint (value, self->previous_year);
      break;
    case PROP_PARTIES:
      g_value_set_object (value, self->parties);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_state_result_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MgStateResult *self = MG_STATE_RESULT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      mg_state_result_set_name (self, g_value_get_string (value));
      break;
    case PROP_SEATS:
      mg_state_result_set_seats (self, g_value_get_uint (value));
      break;
    case PROP_MAJORITY:
      mg_state_result_set_majority (self, g_value_get_uint (value));
      break;
    case PROP_STATUS:
      mg_state_result_set_status (self, g_value_get_int (value));
      break;
    case PROP_PREVIOUS_YEAR:
      mg_state_result_set_previous_year (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_state_result_class_init (MgStateResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = mg_state_result_dispose;
  object_class->finalize = mg_state_result_finalize;
  object_class->get_property = mg_state_result_get_property;
  object_class->set_property = mg_state_result_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_SEATS] = g_param_spec_uint ("seats", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_MAJORITY] = g_param_spec_uint ("majority", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, MG_STATE_STATUS_COUNTING, MG_STATE_STATUS_FINAL,
                      MG_STATE_STATUS_COUNTING, rw);
  properties[PROP_PREVIOUS_YEAR] =
    g_param_spec_uint ("previous-year", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_PARTIES] =
    g_param_spec_object ("parties", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MgStateResult::changed:
   *
   * Emitted once after an update changed any figure of the state or its
   * parties, so views redo their derived text in one go.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mg_state_result_init (MgStateResult *self)
{
  self->parties = mg_object_list_new (MG_TYPE_PARTY_RESULT);
  self->constituencies = mg_object_list_new (MG_TYPE_CONSTITUENCY);
}

MgStateResult *
mg_state_result_new (const char *id)
{
  MgStateResult *self;

  g_return_val_if_fail (id != NULL, NULL);

  /* The id is set here rather than as a construct property: a class with
   * none takes GObject's fast construction path, and the parser makes
   * thousands of these. */
  self = g_object_new (MG_TYPE_STATE_RESULT, NULL);
  self->id = g_strdup (id);
  return self;
}

const char *
mg_state_result_get_id (MgStateResult *self)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), NULL);
  return self->id;
}

const char *
mg_state_result_get_name (MgStateResult *self)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), NULL);
  return self->name;
}

void
mg_state_result_set_name (MgStateResult *self,
                          const char    *name)
{
  g_return_if_fail (MG_IS_STATE_RESULT (self));
  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/* @names: (nullable): the state's name in the feed's other languages,
 * a line each, for finding it by a name in another script */
void
mg_state_result_set_other_names (MgStateResult *self,
                                 const char    *names)
{
  g_return_if_fail (MG_IS_STATE_RESULT (self));
  g_free (self->other_names);
  self->other_names = g_strdup (names);
}

const char *
mg_state_result_get_other_names (MgStateResult *self)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), NULL);
  return self->other_names;
}

guint
mg_state_result_get_seats (MgStateResult *self)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), 0);
  return self->seats;
}

void
mg_state_result_set_seats (MgStateResult *self,
                           guint          seats)
{
  g_return_if_fail (MG_IS_STATE_RESULT (self));
  if (self->seats == seats)
    return;
  self->seats = seats;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEATS]);
}

/* The number of seats a party needs to form a government alone. */
guint
mg_state_result_get_majority (MgStateResult *self)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), 0);
  return self->majority != 0 ? self->majority : self->seats / 2 + 1;
}

void
mg_state_result_set_majority (MgStateResult *self,
                              guint          majority)
{
  g_return_if_fail (MG_IS_STATE_RESULT (self));
  if (self->majority == majority)
    return;
  self->majority = majority;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAJORITY]);
}

MgStateStatus
mg_state_result_get_status (MgStateResult *self)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), MG_STATE_STATUS_COUNTING);
  return self->status;
}

void
mg_state_result_set_status (MgStateResult *self,
                            MgStateStatus  status)
{
  g_return_if_fail (MG_IS_STATE_RESULT (self));
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/* 0 when the feed does not say which election "previous" refers to. */
guint
mg_state_result_get_previous_year (MgStateResult *self)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), 0);
  return self->previous_year;
}

void
mg_state_result_set_previous_year (MgStateResult *self,
                                   guint          year)
{
  g_return_if_fail (MG_IS_STATE_RESULT (self));
  if (self->previous_year == year)
    return;
  self->previous_year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVIOUS_YEAR]);
}

/**
 * mg_state_result_get_parties:
 *
 * Returns: (transfer none): a #GListModel of #MgPartyResult in feed order
 */
GListModel *
mg_state_result_get_parties (MgStateResult *self)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), NULL);
  return G_LIST_MODEL (self->parties);
}

guint
mg_state_result_get_n_parties (MgStateResult *self)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->parties));
}

/**
 * mg_state_result_get_party:
 *
 * Returns: (transfer none) (nullable): the party at @position
 */
MgPartyResult *
mg_state_result_get_party (MgStateResult *self,
                           guint          position)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), NULL);

  return mg_object_list_peek (self->parties, position);
}

/**
 * mg_state_result_find_party:
 * @position: (out) (optional): where the party is in the state's list
 *
 * Returns: (transfer none) (nullable): the state's party @party_id
 */
MgPartyResult *
mg_state_result_find_party (MgStateResult *self,
                            const char    *party_id,
                            guint         *position)
{
  guint n;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), NULL);
  g_return_val_if_fail (party_id != NULL, NULL);

  n = mg_state_result_get_n_parties (self);
  for (guint i = 0; i < n; i++)
    {
      MgPartyResult *party = mg_state_result_get_party (self, i);

      if (g_str_equal (mg_party_result_get_id (party), party_id))
        {
          if (position != NULL)
            *position = i;
          return party;
        }
    }
  return NULL;
}

void
mg_state_result_append_party (MgStateResult *self,
                              MgPartyResult *party)
{
  g_return_if_fail (MG_IS_STATE_RESULT (self));
  g_return_if_fail (MG_IS_PARTY_RESULT (party));

  mg_object_list_splice (self->parties, mg_state_result_get_n_parties (self), 0,
                         (gpointer *) &party, 1);
}

/* Seats whose result is declared. */
/**
 * mg_state_result_set_parties:
 * @parties: (array length=n_parties): the parties in feed order
 *
 * Replaces the party list in one change.
 */
void
mg_state_result_set_parties (MgStateResult  *self,
                             MgPartyResult **parties,
                             guint           n_parties)
{
  g_return_if_fail (MG_IS_STATE_RESULT (self));

  mg_object_list_splice (self->parties, 0, mg_state_result_get_n_parties (self),
                         (gpointer *) parties, n_parties);
}

guint
mg_state_result_get_decided (MgStateResult *self)
{
  guint n, sum = 0;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), 0);

  n = mg_state_result_get_n_parties (self);
  for (guint i = 0; i < n; i++)
    sum += mg_party_result_get_won (mg_state_result_get_party (self, i));
  return sum;
}

/**
 * mg_state_result_set_unlisted_no_data:
 * @no_data: %TRUE when the source has no result for the seats it does not
 *   list (a file of past results), %FALSE when they are still to come
 */
void
mg_state_result_set_unlisted_no_data (MgStateResult *self,
                                      gboolean       no_data)
{
  g_return_if_fail (MG_IS_STATE_RESULT (self));
  self->unlisted_no_data = !!no_data;
}

/**
 * mg_state_result_get_no_data:
 *
 * Returns: how many of the state's seats the source has no result for:
 * none unless it said the seats it does not list have none
 */
guint
mg_state_result_get_no_data (MgStateResult *self)
{
  guint listed;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), 0);
  if (!self->unlisted_no_data)
    return 0;
  listed = mg_state_result_get_n_constituencies (self);
  return self->seats - MIN (self->seats, listed);
}

/**
 * mg_state_result_dup_no_data_numbers:
 *
 * Returns: (transfer full) (element-type guint): the numbers from 1 to the
 * state's seats that no listed constituency has, when the source has no
 * result for unlisted seats; empty otherwise
 */
GArray *
mg_state_result_dup_no_data_numbers (MgStateResult *self)
{
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint8 *listed = NULL;
  guint n;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), numbers);
  if (mg_state_result_get_no_data (self) == 0)
    return numbers;
  listed = g_new0 (guint8, self->seats + 1);
  n = mg_state_result_get_n_constituencies (self);
  for (guint i = 0; i < n; i++)
    {
      guint number = mg_constituency_get_number (mg_state_result_get_constituency (self, i));

      if (number <= self->seats)
        listed[number] = 1;
    }
  for (guint number = 1; number <= self->seats; number++)
    if (!listed[number])
      g_array_append_val (numbers, number);
  return numbers;
}

/**
 * mg_state_result_lacks_seat:
 *
 * Returns: whether seat @number is one the source has no data for: a seat
 *   of the state it does not list, when it said those have none
 */
gboolean
mg_state_result_lacks_seat (MgStateResult *self,
                            guint          number)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), FALSE);

  return mg_state_result_get_no_data (self) > 0 && number >= 1 && number <= self->seats &&
         mg_state_result_find_constituency (self, number) == NULL;
}

/* Seats not yet declared: still counting, with or without a trend. Seats
 * the source has no result for are not waited for. */
guint
mg_state_result_get_undecided (MgStateResult *self)
{
  guint open;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), 0);
  open = self->seats - MIN (self->seats, mg_state_result_get_no_data (self));
  return open - MIN (open, mg_state_result_get_decided (self));
}

/* Seats declared or with a party leading. */
guint
mg_state_result_get_reported (MgStateResult *self)
{
  guint n, sum = 0;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), 0);

  n = mg_state_result_get_n_parties (self);
  for (guint i = 0; i < n; i++)
    sum += mg_party_result_get_total (mg_state_result_get_party (self, i));
  return sum;
}

/* Seats with no result and no trend yet. */
guint
mg_state_result_get_unreported (MgStateResult *self)
{
  guint open;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), 0);
  open = self->seats - MIN (self->seats, mg_state_result_get_no_data (self));
  return open - MIN (open, mg_state_result_get_reported (self));
}

/**
 * mg_state_result_get_leader:
 *
 * The party with the most seats won plus leading. Ties go to the one with
 * more seats won; a tie in both, or no seats at all, has no leader.
 *
 * Returns: (transfer none) (nullable): the leading party
 */
MgPartyResult *
mg_state_result_get_leader (MgStateResult *self)
{
  MgPartyResult *best = NULL;
  gboolean tied = FALSE;
  guint n;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), NULL);

  n = mg_state_result_get_n_parties (self);
  for (guint i = 0; i < n; i++)
    {
      MgPartyResult *party = mg_state_result_get_party (self, i);
      guint total = mg_party_result_get_total (party);
      guint best_total;

      if (total == 0)
        continue;
      if (best == NULL)
        {
          best = party;
          continue;
        }

      best_total = mg_party_result_get_total (best);
      if (total > best_total ||
          (total == best_total && mg_party_result_get_won (party) > mg_party_result_get_won (best)))
        {
          best = party;
          tied = FALSE;
        }
      else if (total == best_total && mg_party_result_get_won (party) == mg_party_result_get_won (best))
        {
          tied = TRUE;
        }
    }

  return tied ? NULL : best;
}

/* The leader has at least the majority in seats won plus leading. */
gboolean
mg_state_result_get_majority_reached (MgStateResult *self)
{
  MgPartyResult *leader;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), FALSE);

  leader = mg_state_result_get_leader (self);
  return leader != NULL && mg_party_result_get_total (leader) >= mg_state_result_get_majority (self);
}

/* The leader has won the majority outright in declared seats. */
gboolean
mg_state_result_get_majority_won (MgStateResult *self)
{
  guint n, majority;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), FALSE);

  majority = mg_state_result_get_majority (self);
  n = mg_state_result_get_n_parties (self);
  for (guint i = 0; i < n; i++)
    if (mg_party_result_get_won (mg_state_result_get_party (self, i)) >= majority)
      return TRUE;
  return FALSE;
}

/* Whether any party carries a result from the previous election. */
gboolean
mg_state_result_has_previous (MgStateResult *self)
{
  guint n;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), FALSE);

  n = mg_state_result_get_n_parties (self);
  for (guint i = 0; i < n; i++)
    if (mg_party_result_get_previous (mg_state_result_get_party (self, i)) >= 0)
      return TRUE;
  return FALSE;
}

static gboolean
same_party_ids (MgStateResult *a,
                MgStateResult *b)
{
  guint n = mg_state_result_get_n_parties (a);

  if (n != mg_state_result_get_n_parties (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (mg_party_result_get_id (mg_state_result_get_party (a, i)),
                   mg_party_result_get_id (mg_state_result_get_party (b, i))) != 0)
      return FALSE;
  return TRUE;
}

/**
 * mg_state_result_update_from:
 * @other: the same state from a newer feed
 *
 * Takes @other's values in place. Parties keep their objects when the list
 * of ids is unchanged, so selections and bindings survive; otherwise the
 * party list is replaced. Emits #MgStateResult::changed when anything changed.
 *
 * Returns: %TRUE if anything changed
 */
/* The same seats, by number, in the same order, update in place (a seat
 * selected or watched stays the same object); otherwise the list is
 * replaced. */
static gboolean
update_constituencies (MgStateResult *self,
                       MgStateResult *other)
{
  guint n = mg_state_result_get_n_constituencies (other);
  gboolean same = n == mg_state_result_get_n_constituencies (self);
  gboolean changed = FALSE;

  for (guint i = 0; same && i < n; i++)
    same = mg_constituency_get_number (mg_state_result_get_constituency (self, i)) ==
           mg_constituency_get_number (mg_state_result_get_constituency (other, i));
  if (same)
    {
      for (guint i = 0; i < n; i++)
        changed |= mg_constituency_update_from (mg_state_result_get_constituency (self, i),
                                                mg_state_result_get_constituency (other, i));
      return changed;
    }
  {
    /* Copies, never @other's own seats: @other may be kept and shown
     * again after this model has been updated in place from others. */
    g_autofree gpointer *items = g_new (gpointer, MAX (n, 1));

    for (guint i = 0; i < n; i++)
      {
        MgConstituency *seat = mg_state_result_get_constituency (other, i);

        items[i] = mg_constituency_new (mg_constituency_get_number (seat), mg_constituency_get_name (seat));
        mg_constituency_update_from (items[i], seat);
      }
    mg_object_list_splice (self->constituencies, 0, mg_state_result_get_n_constituencies (self),
                           items, n);
    for (guint i = 0; i < n; i++)
      g_object_unref (items[i]);
  }
  return TRUE;
}

gboolean
mg_state_result_update_from (MgStateResult *self,
                             MgStateResult *other)
{
  gboolean changed = FALSE;
  guint n;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), FALSE);
  g_return_val_if_fail (MG_IS_STATE_RESULT (other), FALSE);

  changed |= g_strcmp0 (self->name, other->name) != 0;
  changed |= self->seats != other->seats || self->majority != other->majority;
  changed |= self->status != other->status || self->previous_year != other->previous_year;
  changed |= self->unlisted_no_data != other->unlisted_no_data;
  self->unlisted_no_data = other->unlisted_no_data;

  g_object_freeze_notify (G_OBJECT (self));
  mg_state_result_set_name (self, other->name);
  mg_state_result_set_other_names (self, other->other_names);
  mg_state_result_set_seats (self, other->seats);
  mg_state_result_set_majority (self, other->majority);
  mg_state_result_set_status (self, other->status);
  mg_state_result_set_previous_year (self, other->previous_year);

  n = mg_state_result_get_n_parties (other);
  if (same_party_ids (self, other))
    {
      for (guint i = 0; i < n; i++)
        changed |= mg_party_result_update_from (mg_state_result_get_party (self, i),
                                                mg_state_result_get_party (other, i));
    }
  else
    {
      /* Copies, as for the seats below. */
      g_autofree gpointer *items = g_new (gpointer, MAX (n, 1));

      for (guint i = 0; i < n; i++)
        {
          MgPartyResult *party = mg_state_result_get_party (other, i);

          items[i] = mg_party_result_new (mg_party_result_get_id (party));
          mg_party_result_update_from (items[i], party);
        }
      mg_object_list_splice (self->parties, 0, mg_state_result_get_n_parties (self), items, n);
      for (guint i = 0; i < n; i++)
        g_object_unref (items[i]);
      changed = TRUE;
    }
  changed |= update_constituencies (self, other);
  g_object_thaw_notify (G_OBJECT (self));

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);

  return changed;
}

/**
 * mg_state_result_set_constituencies:
 *
 * The state's seats, in the feed's order (a feed may list only some).
 */
void
mg_state_result_set_constituencies (MgStateResult   *self,
                                    MgConstituency **constituencies,
                                    guint            n_constituencies)
{
  g_return_if_fail (MG_IS_STATE_RESULT (self));

  mg_object_list_splice (self->constituencies, 0, mg_state_result_get_n_constituencies (self),
                         (gpointer *) constituencies, n_constituencies);
}

/* Returns: (transfer none): the listed constituencies, as #MgConstituency */
GListModel *
mg_state_result_get_constituencies (MgStateResult *self)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), NULL);
  return G_LIST_MODEL (self->constituencies);
}

guint
mg_state_result_get_n_constituencies (MgStateResult *self)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->constituencies));
}

/* Returns: (transfer none) (nullable): the constituency at @position */
MgConstituency *
mg_state_result_get_constituency (MgStateResult *self,
                                  guint          position)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (self), NULL);
  return mg_object_list_peek (self->constituencies, position);
}

/* Returns: (transfer none) (nullable): constituency number @number */
MgConstituency *
mg_state_result_find_constituency (MgStateResult *self,
                                   guint          number)
{
  guint n;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), NULL);

  n = mg_state_result_get_n_constituencies (self);
  for (guint i = 0; i < n; i++)
    {
      MgConstituency *seat = mg_state_result_get_constituency (self, i);

      if (mg_constituency_get_number (seat) == number)
        return seat;
    }
  return NULL;
}

/**
 * mg_state_result_count_seats:
 * @status: %MG_SEAT_STATUS_DECLARED for seats won, %MG_SEAT_STATUS_COUNTING
 *   for seats leading
 *
 * Returns: how many of the listed constituencies with @status the party
 *   @party_id's candidate leads
 */
guint
mg_state_result_count_seats (MgStateResult *self,
                             const char    *party_id,
                             MgSeatStatus   status)
{
  guint n, count = 0;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), 0);

  n = mg_state_result_get_n_constituencies (self);
  for (guint i = 0; i < n; i++)
    {
      MgConstituency *seat = mg_state_result_get_constituency (self, i);
      MgCandidate *leader = mg_constituency_get_leader (seat);

      if (leader != NULL && mg_constituency_get_status (seat) == status &&
          g_str_equal (mg_candidate_get_party_id (leader), party_id))
        count++;
    }
  return count;
}

/**
 * mg_state_result_get_vote_share:
 *
 * Returns: the party's votes as a percentage of all votes (NOTA's too) in
 *   the listed constituencies, -1 when there are none
 */
double
mg_state_result_get_vote_share (MgStateResult *self,
                                const char    *party_id)
{
  guint64 all = 0, party = 0;
  guint n;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), -1);

  n = mg_state_result_get_n_constituencies (self);
  for (guint i = 0; i < n; i++)
    {
      MgConstituency *seat = mg_state_result_get_constituency (self, i);
      guint n_candidates = mg_constituency_get_n_candidates (seat);

      all += mg_constituency_get_total_votes (seat);
      for (guint j = 0; j < n_candidates; j++)
        {
          MgCandidate *candidate = mg_constituency_get_candidate (seat, j);

          if (g_str_equal (mg_candidate_get_party_id (candidate), party_id))
            party += mg_candidate_get_votes (candidate);
        }
    }
  return all > 0 ? 100.0 * (double) party / (double) all : -1;
}

/**
 * mg_state_result_count_parties:
 * @won: (array) (out caller-allocates): for each party, in the party list's
 *   order, the mg_state_result_count_seats() of %MG_SEAT_STATUS_DECLARED
 * @leading: (array) (out caller-allocates): the same for
 *   %MG_SEAT_STATUS_COUNTING
 * @vote_share: (array) (out caller-allocates): its
 *   mg_state_result_get_vote_share()
 *
 * The same figures for every party at once, in one pass over the listed
 * constituencies rather than one a party: a large state has 400 seats,
 * 4,000 candidates and 20 parties.
 */
void
mg_state_result_count_parties (MgStateResult *self,
                               guint         *won,
                               guint         *leading,
                               double        *vote_share)
{
  g_autoptr (GHashTable) positions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree guint64 *votes = NULL;
  guint64 all = 0;
  guint n_parties, n;

  g_return_if_fail (MG_IS_STATE_RESULT (self));

  /* Party id → 1 + its position; an id listed twice counts for the first. */
  n_parties = mg_state_result_get_n_parties (self);
  for (guint i = n_parties; i-- > 0;)
    g_hash_table_insert (positions,
                         (gpointer) mg_party_result_get_id (mg_state_result_get_party (self, i)),
                         GUINT_TO_POINTER (i + 1));
  votes = g_new0 (guint64, MAX (n_parties, 1));
  memset (won, 0, n_parties * sizeof (guint));
  memset (leading, 0, n_parties * sizeof (guint));

  n = mg_state_result_get_n_constituencies (self);
  for (guint i = 0; i < n; i++)
    {
      MgConstituency *seat = mg_state_result_get_constituency (self, i);
      MgCandidate *leader = mg_constituency_get_leader (seat);
      MgSeatStatus status = mg_constituency_get_status (seat);
      guint n_candidates = mg_constituency_get_n_candidates (seat);
      guint position = 0;

      all += mg_constituency_get_total_votes (seat);
      if (leader != NULL)
        position = GPOINTER_TO_UINT (g_hash_table_lookup (positions,
                                                          mg_candidate_get_party_id (leader)));
      if (position > 0 && status == MG_SEAT_STATUS_DECLARED)
        won[position - 1]++;
      else if (position > 0 && status == MG_SEAT_STATUS_COUNTING)
        leading[position - 1]++;

      for (guint j = 0; j < n_candidates; j++)
        {
          MgCandidate *candidate = mg_constituency_get_candidate (seat, j);

          position = GPOINTER_TO_UINT (g_hash_table_lookup (positions,
                                                            mg_candidate_get_party_id (candidate)));
          if (position > 0)
            votes[position - 1] += mg_candidate_get_votes (candidate);
        }
    }
  for (guint i = 0; i < n_parties; i++)
    vote_share[i] = all > 0 ? 100.0 * (double) votes[i] / (double) all : -1;
}

static int
by_margin (gconstpointer a,
           gconstpointer b)
{
  guint64 x = mg_constituency_get_margin (*(MgConstituency **) a);
  guint64 y = mg_constituency_get_margin (*(MgConstituency **) b);

  return x == y ? 0 : x > y ? -1 : 1;
}

/**
 * mg_state_result_get_party_seat:
 * @status: %MG_SEAT_STATUS_DECLARED for the seats the party won,
 *   %MG_SEAT_STATUS_COUNTING for those it leads
 * @rank: which of them, widest margin first
 *
 * The seat chart's dots as constituencies: within a party's wedge, its
 * seats by margin.
 *
 * Returns: (transfer none) (nullable): the seat, or %NULL when the feed
 *   lists fewer
 */
MgConstituency *
mg_state_result_get_party_seat (MgStateResult *self,
                                const char    *party_id,
                                MgSeatStatus   status,
                                guint          rank)
{
  g_autoptr (GPtrArray) seats = NULL;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), NULL);

  seats = mg_state_result_dup_party_seats (self, party_id, status);
  return rank < seats->len ? g_ptr_array_index (seats, rank) : NULL;
}

/**
 * mg_state_result_dup_party_seats:
 * @status: %MG_SEAT_STATUS_DECLARED for the seats the party won,
 *   %MG_SEAT_STATUS_COUNTING for those it leads
 *
 * Returns: (transfer container) (element-type MgConstituency): the party's
 *   listed seats of that status, widest margin first, as the chart's dots
 *   stand in its wedge
 */
GPtrArray *
mg_state_result_dup_party_seats (MgStateResult *self,
                                 const char    *party_id,
                                 MgSeatStatus   status)
{
  GPtrArray *seats = g_ptr_array_new ();
  guint n;

  g_return_val_if_fail (MG_IS_STATE_RESULT (self), seats);

  n = mg_state_result_get_n_constituencies (self);
  for (guint i = 0; i < n; i++)
    {
      MgConstituency *seat = mg_state_result_get_constituency (self, i);
      MgCandidate *leader = mg_constituency_get_leader (seat);

      if (leader != NULL && mg_constituency_get_status (seat) == status &&
          g_str_equal (mg_candidate_get_party_id (leader), party_id))
        g_ptr_array_add (seats, seat);
    }
  g_ptr_array_sort (seats, by_margin);
  return seats;
}
