/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-seat-changes"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-seat-changes.h"
#include "mg-seat-labels.h"
#include "mg-state-result.h"
#include "mg-text-util.h"

/* What changed since the last election, seat by seat: the seats whose
 * winner (or leader) is of another party than the one that held them,
 * and how many went from each party to each other. Derived from the
 * model's seats and their previous holders, nothing else. */

/* The party now ahead in @seat when its previous holder is known, or NULL. */
static const char *
party_now (MgConstituency *seat)
{
  MgCandidate *leader = mg_constituency_get_leader (seat);

  if (leader == NULL || mg_constituency_get_previous_party (seat) == NULL)
    return NULL;
  return mg_candidate_get_party_id (leader);
}

/**
 * mg_seat_changes_count_known:
 *
 * Returns: how many of @state's listed seats have a leader and a known
 * previous holder: the seats a change can be told for
 */
guint
mg_seat_changes_count_known (MgStateResult *state)
{
  guint n = mg_state_result_get_n_constituencies (state), known = 0;

  for (guint i = 0; i < n; i++)
    known += party_now (mg_state_result_get_constituency (state, i)) != NULL;
  return known;
}

/**
 * mg_seat_changes_list:
 *
 * Returns: (transfer container) (element-type MgConstituency): @state's
 * seats that changed hands, by number
 */
GPtrArray *
mg_seat_changes_list (MgStateResult *state)
{
  guint n = mg_state_result_get_n_constituencies (state);
  GPtrArray *changed = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      MgConstituency *seat = mg_state_result_get_constituency (state, i);
      const char *now = party_now (seat);

      if (now != NULL && !g_str_equal (now, mg_constituency_get_previous_party (seat)))
        g_ptr_array_add (changed, seat);
    }
  return changed;
}

static int
compare_flows (gconstpointer a,
               gconstpointer b)
{
  const MgSeatFlow *x = a, *y = b;
  int order;

  if (x->seats != y->seats)
    return x->seats > y->seats ? -1 : 1;
  order = g_strcmp0 (x->from, y->from);
  return order != 0 ? order : g_strcmp0 (x->to, y->to);
}

/**
 * mg_seat_changes_flows:
 *
 * Returns: (transfer full) (element-type MgSeatFlow): for each pair of
 * parties, the seats that went from the one to the other, most first
 */
GArray *
mg_seat_changes_flows (MgStateResult *state)
{
  g_autoptr (GPtrArray) changed = mg_seat_changes_list (state);
  GArray *flows = g_array_new (FALSE, FALSE, sizeof (MgSeatFlow));

  for (guint i = 0; i < changed->len; i++)
    {
      MgConstituency *seat = g_ptr_array_index (changed, i);
      const char *from = mg_constituency_get_previous_party (seat), *to = party_now (seat);
      guint f;

      for (f = 0; f < flows->len; f++)
        {
          MgSeatFlow *flow = &g_array_index (flows, MgSeatFlow, f);

          if (g_str_equal (flow->from, from) && g_str_equal (flow->to, to))
            {
              flow->seats++;
              break;
            }
        }
      if (f == flows->len)
        g_array_append_val (flows, ((MgSeatFlow) { from, to, 1 }));
    }
  g_array_sort (flows, compare_flows);
  return flows;
}

/**
 * mg_seat_changes_format_text:
 *
 * Returns: the changes of @state as text: how many seats changed hands,
 * the flows between parties ("Congress → BJP: 21 seats"), then each
 * seat that changed hands with its margin
 */
char *
mg_seat_changes_format_text (MgStateResult *state)
{
  GString *text = g_string_new (NULL);
  guint known = mg_seat_changes_count_known (state);
  g_autoptr (GPtrArray) changed = NULL;
  g_autoptr (GArray) flows = NULL;
  guint year = mg_state_result_get_previous_year (state);

  g_string_append_printf (text, "%s\n", mg_state_result_get_name (state));
  if (known == 0)
    {
      /* TRANSLATORS: the feed gives no earlier result of the state's seats */
      g_string_append_printf (text, "  %s\n", _("No earlier result of its seats to compare with"));
      return g_string_free (text, FALSE);
    }
  changed = mg_seat_changes_list (state);
  flows = mg_seat_changes_flows (state);
  if (year > 0)
    g_string_append_printf (text,
                            /* TRANSLATORS: seats that changed hands, of the seats compared, and the
                             * year compared with */
                            g_dngettext (GETTEXT_PACKAGE, "  %u of %u seats changed hands since %u\n",
                                         "  %u of %u seats changed hands since %u\n", known),
                            changed->len, known, year);
  else
    g_string_append_printf (text,
                            /* TRANSLATORS: seats that changed hands, of the seats compared */
                            g_dngettext (GETTEXT_PACKAGE, "  %u of %u seats changed hands\n",
                                         "  %u of %u seats changed hands\n", known),
                            changed->len, known);
  for (guint i = 0; i < flows->len; i++)
    {
      MgSeatFlow *flow = &g_array_index (flows, MgSeatFlow, i);

      g_string_append_printf (text,
                              /* TRANSLATORS: seats that went from one party to another */
                              g_dngettext (GETTEXT_PACKAGE, "  %s → %s: %u seat\n", "  %s → %s: %u seats\n",
                                           flow->seats),
                              mg_seat_labels_party_name (state, flow->from),
                              mg_seat_labels_party_name (state, flow->to), flow->seats);
    }
  if (changed->len > 0)
    g_string_append_c (text, '\n');
  for (guint i = 0; i < changed->len; i++)
    {
      MgConstituency *seat = g_ptr_array_index (changed, i);
      g_autofree char *name = mg_seat_labels_dup_name (seat);
      g_autofree char *margin = mg_text_format_count (mg_constituency_get_margin (seat));

      g_string_append_printf (text,
                              /* TRANSLATORS: a seat that changed hands: number, name, from, to, margin */
                              _("  %u %s: %s → %s, by %s votes\n"), mg_constituency_get_number (seat), name,
                              mg_seat_labels_party_name (state, mg_constituency_get_previous_party (seat)),
                              mg_seat_labels_party_name (state, party_now (seat)), margin);
    }
  return g_string_free (text, FALSE);
}
