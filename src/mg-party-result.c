/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-party-result"

#include "config.h"

#include <string.h>

#include "mg-object-list.h"
#include "mg-party-result.h"

/* One party's tally in one state. Values change in place when a feed
 * update arrives, so views bound to the properties follow along. */
struct _MgPartyResult
{
  GObject  parent_instance;

  /* mg_party_result_new_full() puts all three strings in one allocation,
   * @strings: the parser makes thousands of parties. A string set later
   * has its own, which is freed when it is replaced. */
  char    *strings;
  gsize    strings_size;
  char    *id;
  char    *name;
  char    *short_name;
  guint32  rgb;
  gboolean has_color;
  guint    won;
  guint    leading;
  int      previous;
  double   vote_percent;
  double   previous_vote_percent;

  /* An alliance counted as one entry: its parties with seats, most first,
   * each a copy that names the alliance. */
  MgObjectList *members;
  char     *alliance;
};

G_DEFINE_FINAL_TYPE (MgPartyResult, mg_party_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_COLOR,
  PROP_HAS_COLOR,
  PROP_WON,
  PROP_LEADING,
  PROP_TOTAL,
  PROP_PREVIOUS,
  PROP_VOTE_PERCENT,
  PROP_PREVIOUS_VOTE_PERCENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Frees @string unless it lies in the shared allocation. */
static void
free_string (MgPartyResult *self,
             char          *string)
{
  guintptr at = (guintptr) string, start = (guintptr) self->strings;

  if (string != NULL && !(at >= start && at < start + self->strings_size))
    g_free (string);
}

static void
mg_party_result_finalize (GObject *object)
{
  MgPartyResult *self = MG_PARTY_RESULT (object);

  free_string (self, self->id);
  free_string (self, self->name);
  free_string (self, self->short_name);
  g_free (self->strings);
  g_clear_object (&self->members);
  g_free (self->alliance);

  G_OBJECT_CLASS (mg_party_result_parent_class)->finalize (object);
}

static void
mg_party_result_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MgPartyResult *self = MG_PARTY_RESULT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_COLOR:
      g_value_set_uint (value, self->rgb);
      break;
    case PROP_HAS_COLOR:
      g_value_set_boolean (value, self->has_color);
      break;
    case PROP_WON:
      g_value_set_uint (value, self->won);
      break;
    case PROP_LEADING:
      g_value_set_uint (value, self->leading);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, mg_party_result_get_total (self));
      break;
    case PROP_PREVIOUS:
      g_value_set_int (value, self->previous);
      break;
    case PROP_VOTE_PERCENT:
      g_value_set_double (value, self->vote_percent);
      break;
    case PROP_PREVIOUS_VOTE_PERCENT:
      g_value_set_double (value, self->previous_vote_percent);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_party_result_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MgPartyResult *self = MG_PARTY_RESULT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      mg_party_result_set_name (self, g_value_get_string (value));
      break;
    case PROP_SHORT_NAME:
      mg_party_result_set_short_name (self, g_value_get_string (value));
      break;
    case PROP_WON:
      mg_party_result_set_won (self, g_value_get_uint (value));
      break;
    case PROP_LEADING:
      mg_party_result_set_leading (self, g_value_get_uint (value));
      break;
    case PROP_PREVIOUS:
      mg_party_result_set_previous (self, g_value_get_int (value));
      break;
    case PROP_VOTE_PERCENT:
      mg_party_result_set_vote_percent (self, g_value_get_double (value));
      break;
    case PROP_PREVIOUS_VOTE_PERCENT:
      mg_party_result_set_previous_vote_percent (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_party_result_class_init (MgPartyResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = mg_party_result_finalize;
  object_class->get_property = mg_party_result_get_property;
  object_class->set_property = mg_party_result_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_SHORT_NAME] = g_param_spec_string ("short-name", NULL, NULL, NULL, rw);
  properties[PROP_COLOR] = g_param_spec_uint ("color", NULL, NULL, 0, 0xffffff, 0, ro);
  properties[PROP_HAS_COLOR] = g_param_spec_boolean ("has-color", NULL, NULL, FALSE, ro);
  properties[PROP_WON] = g_param_spec_uint ("won", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_LEADING] = g_param_spec_uint ("leading", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_TOTAL] = g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_PREVIOUS] =
    g_param_spec_int ("previous", NULL, NULL, -1, G_MAXINT, MG_PARTY_RESULT_UNKNOWN, rw);
  properties[PROP_VOTE_PERCENT] =
    g_param_spec_double ("vote-percent", NULL, NULL, -1, 100, MG_PARTY_RESULT_UNKNOWN, rw);
  properties[PROP_PREVIOUS_VOTE_PERCENT] =
    g_param_spec_double ("previous-vote-percent", NULL, NULL, -1, 100, MG_PARTY_RESULT_UNKNOWN, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_party_result_init (MgPartyResult *self)
{
  self->previous = MG_PARTY_RESULT_UNKNOWN;
  self->vote_percent = MG_PARTY_RESULT_UNKNOWN;
  self->previous_vote_percent = MG_PARTY_RESULT_UNKNOWN;
}

MgPartyResult *
mg_party_result_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return mg_party_result_new_full (id, NULL, NULL, FALSE, 0, 0, 0, MG_PARTY_RESULT_UNKNOWN,
                                   MG_PARTY_RESULT_UNKNOWN);
}

/**
 * mg_party_result_new_full:
 * @name: (nullable): the name
 * @short_name: (nullable): the abbreviation
 * @previous: seats at the previous election, or %MG_PARTY_RESULT_UNKNOWN
 * @vote_percent: share of the vote, or %MG_PARTY_RESULT_UNKNOWN
 *
 * A result with all its values, set without notifications (nothing can be
 * listening yet): the parser makes thousands of these.
 *
 * Returns: (transfer full): the result
 */
MgPartyResult *
mg_party_result_new_full (const char *id,
                          const char *name,
                          const char *short_name,
                          gboolean    has_color,
                          guint32     rgb,
                          guint       won,
                          guint       leading,
                          int         previous,
                          double      vote_percent)
{
  MgPartyResult *self;

  g_return_val_if_fail (id != NULL, NULL);

  /* The id is set here rather than as a construct property: a class with
   * none takes GObject's fast construction path. */
  self = g_object_new (MG_TYPE_PARTY_RESULT, NULL);
  {
    gsize id_size = strlen (id) + 1;
    gsize name_size = name != NULL ? strlen (name) + 1 : 0;
    gsize short_size = short_name != NULL ? strlen (short_name) + 1 : 0;
    char *p;

    self->strings_size = id_size + name_size + short_size;
    p = self->strings = g_malloc (self->strings_size);
    self->id = memcpy (p, id, id_size);
    p += id_size;
    if (name != NULL)
      self->name = memcpy (p, name, name_size);
    p += name_size;
    if (short_name != NULL)
      self->short_name = memcpy (p, short_name, short_size);
  }
  self->has_color = !!has_color;
  self->rgb = has_color ? (rgb & 0xffffff) : 0;
  self->won = won;
  self->leading = leading;
  self->previous = MAX (previous, MG_PARTY_RESULT_UNKNOWN);
  self->vote_percent = vote_percent >= 0 ? vote_percent : MG_PARTY_RESULT_UNKNOWN;
  return self;
}

const char *
mg_party_result_get_id (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), NULL);
  return self->id;
}

const char *
mg_party_result_get_name (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), NULL);
  return self->name;
}

static gboolean
replace_string (MgPartyResult  *self,
                char          **field,
                const char     *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  free_string (self, *field);
  *field = g_strdup (value);
  return TRUE;
}

void
mg_party_result_set_name (MgPartyResult *self,
                          const char    *name)
{
  g_return_if_fail (MG_IS_PARTY_RESULT (self));
  if (replace_string (self, &self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * mg_party_result_get_short_name:
 *
 * Returns: (nullable) (transfer none): the abbreviation, if the feed gave one
 */
const char *
mg_party_result_get_short_name (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), NULL);
  return self->short_name;
}

void
mg_party_result_set_short_name (MgPartyResult *self,
                                const char    *short_name)
{
  g_return_if_fail (MG_IS_PARTY_RESULT (self));
  if (replace_string (self, &self->short_name, short_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
}

/**
 * mg_party_result_get_display_name:
 *
 * Returns: (transfer none): the short name where there is one, else the name
 */
const char *
mg_party_result_get_display_name (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), NULL);
  return self->short_name != NULL ? self->short_name : self->name;
}

gboolean
mg_party_result_get_color (MgPartyResult *self,
                           guint32       *rgb)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), FALSE);
  if (rgb != NULL)
    *rgb = self->rgb;
  return self->has_color;
}

void
mg_party_result_set_color (MgPartyResult *self,
                           gboolean       has_color,
                           guint32        rgb)
{
  g_return_if_fail (MG_IS_PARTY_RESULT (self));

  rgb = has_color ? (rgb & 0xffffff) : 0;
  if (self->has_color == !!has_color && self->rgb == rgb)
    return;
  self->has_color = !!has_color;
  self->rgb = rgb;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_COLOR]);
}

guint
mg_party_result_get_won (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), 0);
  return self->won;
}

void
mg_party_result_set_won (MgPartyResult *self,
                         guint          won)
{
  g_return_if_fail (MG_IS_PARTY_RESULT (self));
  if (self->won == won)
    return;
  self->won = won;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WON]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

guint
mg_party_result_get_leading (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), 0);
  return self->leading;
}

void
mg_party_result_set_leading (MgPartyResult *self,
                             guint          leading)
{
  g_return_if_fail (MG_IS_PARTY_RESULT (self));
  if (self->leading == leading)
    return;
  self->leading = leading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEADING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

/* Seats won plus seats where the party leads the count. */
guint
mg_party_result_get_total (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), 0);
  return self->won + self->leading;
}

int
mg_party_result_get_previous (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), MG_PARTY_RESULT_UNKNOWN);
  return self->previous;
}

void
mg_party_result_set_previous (MgPartyResult *self,
                              int            previous)
{
  g_return_if_fail (MG_IS_PARTY_RESULT (self));
  previous = MAX (previous, MG_PARTY_RESULT_UNKNOWN);
  if (self->previous == previous)
    return;
  self->previous = previous;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVIOUS]);
}

/**
 * mg_party_result_get_change:
 * @change: (out): total now minus seats at the previous election
 *
 * Returns: %TRUE when the feed gave a previous result to compare with
 */
gboolean
mg_party_result_get_change (MgPartyResult *self,
                            int           *change)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), FALSE);

  if (self->previous < 0)
    return FALSE;
  if (change != NULL)
    *change = (int) mg_party_result_get_total (self) - self->previous;
  return TRUE;
}

double
mg_party_result_get_vote_percent (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), MG_PARTY_RESULT_UNKNOWN);
  return self->vote_percent;
}

void
mg_party_result_set_vote_percent (MgPartyResult *self,
                                  double         vote_percent)
{
  g_return_if_fail (MG_IS_PARTY_RESULT (self));
  if (vote_percent < 0)
    vote_percent = MG_PARTY_RESULT_UNKNOWN;
  if (self->vote_percent == vote_percent)
    return;
  self->vote_percent = vote_percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTE_PERCENT]);
}

double
mg_party_result_get_previous_vote_percent (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), MG_PARTY_RESULT_UNKNOWN);
  return self->previous_vote_percent;
}

void
mg_party_result_set_previous_vote_percent (MgPartyResult *self,
                                           double         vote_percent)
{
  g_return_if_fail (MG_IS_PARTY_RESULT (self));
  if (vote_percent < 0)
    vote_percent = MG_PARTY_RESULT_UNKNOWN;
  if (self->previous_vote_percent == vote_percent)
    return;
  self->previous_vote_percent = vote_percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVIOUS_VOTE_PERCENT]);
}

/**
 * mg_party_result_get_swing:
 * @swing: (out) (optional): vote share now minus at the previous election,
 *   in percentage points
 *
 * Returns: %TRUE when both shares are known
 */
gboolean
mg_party_result_get_swing (MgPartyResult *self,
                           double        *swing)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), FALSE);
  if (self->vote_percent < 0 || self->previous_vote_percent < 0)
    return FALSE;
  if (swing != NULL)
    *swing = self->vote_percent - self->previous_vote_percent;
  return TRUE;
}

/**
 * mg_party_result_get_members:
 *
 * Returns: (transfer none) (nullable): for an alliance counted as one
 *   entry, its parties (#MgPartyResult) with seats, most first; %NULL for a
 *   party
 */
GListModel *
mg_party_result_get_members (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), NULL);
  return G_LIST_MODEL (self->members);
}

/* Whether @self's members are @members' parties, in that order. */
static gboolean
same_members (MgPartyResult  *self,
              MgPartyResult **members,
              guint           n_members)
{
  guint n = self->members != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->members)) : 0;

  if (self->members == NULL || n != n_members)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (mg_party_result_get_id (mg_object_list_peek (self->members, i)),
                   mg_party_result_get_id (members[i])) != 0)
      return FALSE;
  return TRUE;
}

/**
 * mg_party_result_set_members:
 * @members: (array length=n_members): the alliance's parties
 *
 * Makes @self an alliance of @members. When they are the parties it has
 * already, in the same order, each is updated in place, so that a view of
 * them follows only what changed.
 *
 * Returns: %TRUE if anything changed
 */
gboolean
mg_party_result_set_members (MgPartyResult  *self,
                             MgPartyResult **members,
                             guint           n_members)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), FALSE);
  g_return_val_if_fail (members != NULL || n_members == 0, FALSE);

  if (same_members (self, members, n_members))
    {
      for (guint i = 0; i < n_members; i++)
        changed |= mg_party_result_update_from (mg_object_list_peek (self->members, i), members[i]);
      return changed;
    }
  if (self->members == NULL)
    self->members = mg_object_list_new (MG_TYPE_PARTY_RESULT);
  mg_object_list_splice (self->members, 0, g_list_model_get_n_items (G_LIST_MODEL (self->members)),
                         (gpointer *) members, n_members);
  return TRUE;
}

/**
 * mg_party_result_get_alliance:
 *
 * Returns: (nullable): the name of the alliance this party is listed under,
 *   as one of an alliance's members
 */
const char *
mg_party_result_get_alliance (MgPartyResult *self)
{
  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), NULL);
  return self->alliance;
}

void
mg_party_result_set_alliance (MgPartyResult *self,
                              const char    *alliance)
{
  g_return_if_fail (MG_IS_PARTY_RESULT (self));
  if (g_strcmp0 (self->alliance, alliance) == 0)
    return;
  g_free (self->alliance);
  self->alliance = g_strdup (alliance);
}

/**
 * mg_party_result_update_from:
 * @other: a result for the same party from a newer feed
 *
 * Copies @other's values into @self, notifying only what changed.
 *
 * Returns: %TRUE if anything changed
 */
gboolean
mg_party_result_update_from (MgPartyResult *self,
                             MgPartyResult *other)
{
  gboolean changed;

  g_return_val_if_fail (MG_IS_PARTY_RESULT (self), FALSE);
  g_return_val_if_fail (MG_IS_PARTY_RESULT (other), FALSE);

  changed = g_strcmp0 (self->name, other->name) != 0 ||
            g_strcmp0 (self->short_name, other->short_name) != 0 ||
            self->has_color != other->has_color || self->rgb != other->rgb ||
            self->won != other->won || self->leading != other->leading ||
            self->previous != other->previous || self->vote_percent != other->vote_percent ||
            self->previous_vote_percent != other->previous_vote_percent;
  mg_party_result_set_alliance (self, other->alliance);
  if (other->members != NULL || self->members != NULL)
    {
      guint n = other->members != NULL ? g_list_model_get_n_items (G_LIST_MODEL (other->members)) : 0;
      g_autofree MgPartyResult **items = g_new (MgPartyResult *, n + 1);

      for (guint i = 0; i < n; i++)
        items[i] = mg_object_list_peek (other->members, i);
      changed |= mg_party_result_set_members (self, items, n);
    }
  if (!changed)
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  mg_party_result_set_name (self, other->name);
  mg_party_result_set_short_name (self, other->short_name);
  mg_party_result_set_color (self, other->has_color, other->rgb);
  mg_party_result_set_won (self, other->won);
  mg_party_result_set_leading (self, other->leading);
  mg_party_result_set_previous (self, other->previous);
  mg_party_result_set_vote_percent (self, other->vote_percent);
  mg_party_result_set_previous_vote_percent (self, other->previous_vote_percent);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}
