/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-alliances-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-alliance.h"
#include "mg-alliances-dialog.h"
#include "mg-election.h"
#include "mg-party-result.h"
#include "mg-state-result.h"

/* Alliances drawn up by the user, for a feed that names none: the
 * alliances, each a name, and each of the feed's parties with the
 * alliance it is in, chosen from its menu of alliances (radio items: the
 * keyboard's and a screen reader's way of putting a party in a group).
 * Save hands them over as MgAlliances; the window keeps and applies them. */

typedef struct {
  char      *id;
  char      *name;
  guint      alliance;  /* 0 for none, else 1 + the alliance's place */
  GtkWidget *button;    /* says the alliance; its menu changes it */
} PartyRow;

struct _MgAlliancesDialog
{
  GtkWindow      parent_instance;

  GtkWidget     *alliance_list;
  GtkWidget     *party_list;
  GtkWidget     *save_button;
  GPtrArray     *names;    /* the alliances' name entries, in order */
  GArray        *parties;  /* PartyRow, most seats first */
  GSimpleActionGroup *actions;  /* "party.pN": party N's alliance */
};

G_DEFINE_FINAL_TYPE (MgAlliancesDialog, mg_alliances_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_party_row (gpointer data)
{
  PartyRow *row = data;

  g_free (row->id);
  g_free (row->name);
}

/* A list row's content, spaced as GNOME's boxed lists are. */
static GtkWidget *
row_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  return box;
}

/* A row is a frame around what it holds: named, not a stop of its own. */
static void
name_row (GtkWidget  *row,
          const char *name)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static const char *
alliance_name (MgAlliancesDialog *self,
               guint              index)
{
  return gtk_editable_get_text (GTK_EDITABLE (g_ptr_array_index (self->names, index)));
}

/* What alliance @index (0 for none) is called now. */
static char *
dup_choice (MgAlliancesDialog *self,
            guint              index)
{
  const char *name;

  if (index == 0)
    /* TRANSLATORS: a party in none of the alliances */
    return g_strdup (_("No alliance"));
  name = alliance_name (self, index - 1);
  /* TRANSLATORS: an alliance not named yet; %u is its number */
  return *name != '\0' ? g_strdup (name) : g_strdup_printf (_("Alliance %u"), index);
}

/* Party @row's button says its alliance, and so does its name. */
static void
refresh_row (MgAlliancesDialog *self,
             PartyRow          *row)
{
  g_autofree char *choice = dup_choice (self, row->alliance);
  /* TRANSLATORS: a party's button choosing its alliance, read aloud; the
   * party, then its alliance */
  g_autofree char *name = g_strdup_printf (_("Alliance of %s: %s"), row->name, choice);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (row->button), choice);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* Puts party @index in alliance @alliance, as its menu does. */
static void
choose (MgAlliancesDialog *self,
        guint              index,
        guint              alliance)
{
  PartyRow *row = &g_array_index (self->parties, PartyRow, index);
  g_autofree char *action = g_strdup_printf ("p%u", index);

  row->alliance = alliance;
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), action)),
                             g_variant_new_uint32 (alliance));
  refresh_row (self, row);
}

static void
refresh_choices (MgAlliancesDialog *self)
{
  for (guint p = 0; p < self->parties->len; p++)
    refresh_row (self, &g_array_index (self->parties, PartyRow, p));
}

/* A party's menu: no alliance, then each alliance, as radio items. */
static void
create_party_menu (GtkMenuButton *button,
                   gpointer       user_data)
{
  MgAlliancesDialog *self = user_data;
  g_autoptr (GMenu) menu = g_menu_new ();
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "party"));
  g_autofree char *action = g_strdup_printf ("party.p%u", index);

  for (guint a = 0; a <= self->names->len; a++)
    {
      g_autofree char *choice = dup_choice (self, a);
      g_autoptr (GMenuItem) item = g_menu_item_new (choice, NULL);

      g_menu_item_set_action_and_target (item, action, "u", a);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
on_party_chosen_cb (GSimpleAction *action,
                    GVariant      *value,
                    gpointer       user_data)
{
  MgAlliancesDialog *self = user_data;
  guint index = (guint) g_ascii_strtoull (g_action_get_name (G_ACTION (action)) + 1, NULL, 10);

  choose (self, index, MIN (g_variant_get_uint32 (value), self->names->len));
}

/* Saving wants every alliance named, and no name twice. */
static void
update_save (MgAlliancesDialog *self)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean valid = TRUE;

  for (guint i = 0; i < self->names->len && valid; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (alliance_name (self, i)));

      valid = *name != '\0' && g_hash_table_add (seen, (gpointer) alliance_name (self, i));
    }
  gtk_widget_set_sensitive (self->save_button, valid);
}

static void
on_name_changed_cb (MgAlliancesDialog *self)
{
  refresh_choices (self);
  update_save (self);
}

static void
on_remove_clicked_cb (GtkButton         *button,
                      MgAlliancesDialog *self)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (button), "entry");
  guint index;

  if (!g_ptr_array_find (self->names, entry, &index))
    return;
  g_ptr_array_remove_index (self->names, index);
  gtk_list_box_remove (GTK_LIST_BOX (self->alliance_list),
                       gtk_widget_get_ancestor (entry, GTK_TYPE_LIST_BOX_ROW));
  /* Its parties are in none now; those of the alliances after it follow. */
  for (guint p = 0; p < self->parties->len; p++)
    {
      PartyRow *row = &g_array_index (self->parties, PartyRow, p);

      if (row->alliance == index + 1)
        choose (self, p, 0);
      else if (row->alliance > index + 1)
        choose (self, p, row->alliance - 1);
    }
  refresh_choices (self);
  update_save (self);
}

/**
 * mg_alliances_dialog_add_alliance:
 * @name: (nullable): its name
 *
 * Returns: the new alliance's number, for mg_alliances_dialog_set_party()
 */
guint
mg_alliances_dialog_add_alliance (MgAlliancesDialog *self,
                                  const char        *name)
{
  GtkWidget *box = row_box ();
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *label = g_strdup_printf (_("Name of alliance %u"), self->names->len + 1);

  g_return_val_if_fail (MG_IS_ALLIANCES_DIALOG (self), 0);

  gtk_editable_set_text (GTK_EDITABLE (entry), name != NULL ? name : "");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* TRANSLATORS: a button removing an alliance the user drew up */
  gtk_widget_set_tooltip_text (remove, _("Remove Alliance"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Alliance"), -1);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "entry", entry);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (on_name_changed_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_append (GTK_LIST_BOX (self->alliance_list), box);
  name_row (gtk_widget_get_parent (box), label);
  g_ptr_array_add (self->names, entry);
  refresh_choices (self);
  update_save (self);
  return self->names->len;
}

static void
on_add_clicked_cb (MgAlliancesDialog *self)
{
  mg_alliances_dialog_add_alliance (self, NULL);
  gtk_widget_grab_focus (g_ptr_array_index (self->names, self->names->len - 1));
}

/**
 * mg_alliances_dialog_set_party:
 * @alliance: 0 for none, else an alliance's number, from 1
 *
 * Puts party @party_id in an alliance, as its list does.
 */
void
mg_alliances_dialog_set_party (MgAlliancesDialog *self,
                               const char        *party_id,
                               guint              alliance)
{
  g_return_if_fail (MG_IS_ALLIANCES_DIALOG (self));
  g_return_if_fail (alliance <= self->names->len);

  for (guint p = 0; p < self->parties->len; p++)
    if (g_str_equal (g_array_index (self->parties, PartyRow, p).id, party_id))
      choose (self, p, alliance);
}

/* An id from the name: its letters and digits in lower case, else its place. */
static char *
id_for (const char *name,
        guint       index,
        GHashTable *taken)
{
  g_autoptr (GString) id = g_string_new (NULL);

  for (const char *c = name; *c != '\0'; c++)
    if (g_ascii_isalnum (*c))
      g_string_append_c (id, g_ascii_tolower (*c));
  if (id->len == 0 || g_hash_table_contains (taken, id->str))
    g_string_printf (id, "alliance-%u", index + 1);
  g_hash_table_add (taken, g_strdup (id->str));
  return g_string_free (g_steal_pointer (&id), FALSE);
}

/**
 * mg_alliances_dialog_dup_alliances:
 *
 * Returns: (transfer full) (element-type MgAlliance): the alliances as
 *   drawn up, those with a party; in the order they were added
 */
GPtrArray *
mg_alliances_dialog_dup_alliances (MgAlliancesDialog *self)
{
  GPtrArray *alliances = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (MG_IS_ALLIANCES_DIALOG (self), alliances);

  for (guint a = 0; a < self->names->len; a++)
    {
      g_autoptr (GPtrArray) parties = g_ptr_array_new ();
      g_autofree char *name = g_strstrip (g_strdup (alliance_name (self, a)));
      g_autofree char *id = NULL;

      for (guint p = 0; p < self->parties->len; p++)
        {
          PartyRow *row = &g_array_index (self->parties, PartyRow, p);

          if (row->alliance == a + 1)
            g_ptr_array_add (parties, row->id);
        }
      if (parties->len == 0 || *name == '\0')
        continue;
      g_ptr_array_add (parties, NULL);
      id = id_for (name, a, taken);
      g_ptr_array_add (alliances, mg_alliance_new (id, name, (const char * const *) parties->pdata));
    }
  return alliances;
}

/**
 * mg_alliances_dialog_save:
 *
 * Emits #MgAlliancesDialog::saved with the alliances, and closes.
 */
void
mg_alliances_dialog_save (MgAlliancesDialog *self)
{
  g_autoptr (GPtrArray) alliances = mg_alliances_dialog_dup_alliances (self);

  g_signal_emit (self, signals[SAVED], 0, alliances);
  gtk_window_destroy (GTK_WINDOW (self));
}

static int
by_seats (gconstpointer a,
          gconstpointer b,
          gpointer      user_data)
{
  guint ta = GPOINTER_TO_UINT (g_hash_table_lookup (user_data, *(const char **) a));
  guint tb = GPOINTER_TO_UINT (g_hash_table_lookup (user_data, *(const char **) b));

  return ta > tb ? -1 : ta < tb;
}

/* Every party of the feed, once, most seats first. */
static void
add_parties (MgAlliancesDialog *self,
             MgElection        *election)
{
  g_autoptr (GHashTable) seats = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();

  for (guint s = 0; s < mg_election_get_n_states (election); s++)
    {
      MgStateResult *state = mg_election_get_state (election, s);

      for (guint p = 0; p < mg_state_result_get_n_parties (state); p++)
        {
          MgPartyResult *party = mg_state_result_get_party (state, p);
          const char *id = mg_party_result_get_id (party);
          guint total = GPOINTER_TO_UINT (g_hash_table_lookup (seats, id));

          if (!g_hash_table_contains (names, id))
            {
              g_hash_table_insert (names, (gpointer) id, (gpointer) mg_party_result_get_name (party));
              g_ptr_array_add (ids, (gpointer) id);
            }
          g_hash_table_insert (seats, (gpointer) id, GUINT_TO_POINTER (total + mg_party_result_get_total (party)));
        }
    }
  g_ptr_array_sort_with_data (ids, by_seats, seats);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      PartyRow row = { g_strdup (id), g_strdup (g_hash_table_lookup (names, id)), 0, NULL };
      GtkWidget *box = row_box ();
      GtkWidget *label = gtk_label_new (row.name);

      g_autofree char *action_name = g_strdup_printf ("p%u", i);
      g_autoptr (GSimpleAction) action =
        g_simple_action_new_stateful (action_name, G_VARIANT_TYPE_UINT32, g_variant_new_uint32 (0));

      row.button = gtk_menu_button_new ();
      g_object_set_data (G_OBJECT (row.button), "party", GUINT_TO_POINTER (i));
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (row.button), create_party_menu, self, NULL);
      g_signal_connect (action, "change-state", G_CALLBACK (on_party_chosen_cb), self);
      g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (action));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), row.button);
      gtk_list_box_append (GTK_LIST_BOX (self->party_list), box);
      name_row (gtk_widget_get_parent (box), row.name);
      g_array_append_val (self->parties, row);
      refresh_row (self, &g_array_index (self->parties, PartyRow, i));
    }
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
mg_alliances_dialog_dispose (GObject *object)
{
  MgAlliancesDialog *self = MG_ALLIANCES_DIALOG (object);

  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->parties, g_array_unref);
  g_clear_object (&self->actions);
  G_OBJECT_CLASS (mg_alliances_dialog_parent_class)->dispose (object);
}

static void
mg_alliances_dialog_class_init (MgAlliancesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_alliances_dialog_dispose;

  /**
   * MgAlliancesDialog::saved:
   * @alliances: (element-type MgAlliance): the alliances drawn up
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mg_alliances_dialog_init (MgAlliancesDialog *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_label (_("Cancel"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add = gtk_button_new_with_label (_("Add Alliance"));
  GtkWidget *intro;

  self->names = g_ptr_array_new ();
  self->parties = g_array_new (FALSE, TRUE, sizeof (PartyRow));
  g_array_set_clear_func (self->parties, clear_party_row);
  self->actions = g_simple_action_group_new ();
  gtk_widget_insert_action_group (GTK_WIDGET (self), "party", G_ACTION_GROUP (self->actions));

  gtk_window_set_title (GTK_WINDOW (self), _("Alliances"));
  gtk_window_set_default_size (GTK_WINDOW (self), 460, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  self->save_button = gtk_button_new_with_label (_("Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), self->save_button);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (mg_alliances_dialog_save), self);

  intro = gtk_label_new (_("This feed names no alliances. Name the alliances, then choose each party’s; the "
                           "summary, the chart and the table can then count the seats by alliance."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_add_css_class (intro, "dim-label");
  self->alliance_list = gtk_list_box_new ();
  self->party_list = gtk_list_box_new ();
  for (GtkWidget **list = (GtkWidget *[]) { self->alliance_list, self->party_list, NULL }; *list != NULL; list++)
    {
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (*list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (*list, "boxed-list");
      gtk_widget_add_css_class (*list, "frame");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->alliance_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Alliances"), -1);
  {
    /* TRANSLATORS: the list of the user's alliances, while empty */
    GtkWidget *none = gtk_label_new (_("No alliances yet"));

    gtk_widget_add_css_class (none, "dim-label");
    gtk_widget_set_margin_top (none, 12);
    gtk_widget_set_margin_bottom (none, 12);
    gtk_list_box_set_placeholder (GTK_LIST_BOX (self->alliance_list), none);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->party_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Parties"), -1);
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_clicked_cb), self);

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_box_append (GTK_BOX (box), intro);
  gtk_box_append (GTK_BOX (box), heading (_("Alliances")));
  gtk_box_append (GTK_BOX (box), self->alliance_list);
  gtk_box_append (GTK_BOX (box), add);
  gtk_box_append (GTK_BOX (box), heading (_("Parties")));
  gtk_box_append (GTK_BOX (box), self->party_list);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_window_set_child (GTK_WINDOW (self), scroller);
  mg_a11y_name_scrollers (scroller, _("Alliances"));
  refresh_choices (self);
}

/**
 * mg_alliances_dialog_new:
 * @election: the results whose parties are grouped
 * @alliances: (element-type MgAlliance) (nullable): the alliances drawn up
 *   before, to start from
 *
 * Returns: (transfer none): the dialog, shown by the caller
 */
MgAlliancesDialog *
mg_alliances_dialog_new (GtkWindow  *parent,
                         MgElection *election,
                         GPtrArray  *alliances)
{
  MgAlliancesDialog *self = g_object_new (MG_TYPE_ALLIANCES_DIALOG, "transient-for", parent, NULL);

  add_parties (self, election);
  for (guint a = 0; alliances != NULL && a < alliances->len; a++)
    {
      MgAlliance *alliance = g_ptr_array_index (alliances, a);
      const char * const *parties = mg_alliance_get_parties (alliance);
      guint index = mg_alliances_dialog_add_alliance (self, mg_alliance_get_name (alliance));

      for (guint p = 0; parties[p] != NULL; p++)
        mg_alliances_dialog_set_party (self, parties[p], index);
    }
  return self;
}
