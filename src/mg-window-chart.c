/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-window-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-chart-export.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-window-private.h"

/* The selected state's seat chart as an image to share: Copy Chart puts it
 * on the clipboard, Export Chart saves it as SVG or PNG. Either is the
 * chart as the tab shows it (by party or by alliance, with the two-thirds
 * mark when it is on), drawn as --export-chart draws it. */

/* What the selected tab's chart shows. */
static MgStateResult *
shown_state (MgWindow *self)
{
  int index = mg_state_tabs_get_selected_index (self->state_tabs);

  if (index < 0 || !self->have_data)
    return NULL;
  return mg_state_page_get_shown (mg_state_tabs_get_page (self->state_tabs, (guint) index));
}

static MgChartLayoutFlags
chart_flags (MgWindow *self)
{
  return g_settings_get_boolean (self->settings, "two-thirds-mark") ? MG_CHART_LAYOUT_TWO_THIRDS : 0;
}

/**
 * mg_window_chart_copy:
 *
 * Puts the selected state's chart on the clipboard, as an image.
 *
 * Returns: %TRUE if it did
 */
gboolean
mg_window_chart_copy (MgWindow *self)
{
  MgStateResult *state = shown_state (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) png = NULL;
  g_autoptr (GdkTexture) texture = NULL;

  if (state == NULL)
    return FALSE;
  png = mg_chart_export_render (self->election, state, MG_CHART_EXPORT_PNG, MG_CHART_EXPORT_DEFAULT_WIDTH, FALSE,
                                chart_flags (self), &error);
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      mg_window_show_error (self, error->message);
      return FALSE;
    }
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  return TRUE;
}

static void
copy_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  mg_window_chart_copy (MG_WINDOW (widget));
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       MgWindow        *self)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr (GError) error = NULL;
  GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  MgChartExportFormat format;
  MgStateResult *state = shown_state (self);

  if (response == GTK_RESPONSE_ACCEPT && path != NULL && state != NULL)
    {
      /* A name with no known ending takes the chosen kind's. */
      if (!mg_chart_export_format_for (path, &format))
        {
          const char *suffix = filter != NULL ? g_object_get_data (G_OBJECT (filter), "suffix") : NULL;
          char *named = g_strconcat (path, suffix != NULL ? suffix : ".png", NULL);

          g_free (path);
          path = named;
        }
      if (!mg_chart_export_write (self->election, state, path, MG_CHART_EXPORT_DEFAULT_WIDTH, FALSE,
                                  chart_flags (self), &error))
        {
          /* TRANSLATORS: the image's path, then why it could not be written */
          g_autofree char *message = g_strdup_printf (_("%s: cannot write the chart: %s"), path, error->message);

          mg_window_show_error (self, message);
        }
    }
  g_object_unref (chooser);
}

static GtkFileFilter *
image_filter (const char *name,
              const char *mime_type,
              const char *suffix)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  g_object_set_data (G_OBJECT (filter), "suffix", (gpointer) suffix);
  return filter;
}

static void
export_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  MgStateResult *state = shown_state (self);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  g_autoptr (GtkFileFilter) png = NULL;
  g_autoptr (GtkFileFilter) svg = NULL;

  if (state == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* TRANSLATORS: kinds of image file in the Export Chart dialog */
  png = image_filter (_("PNG image"), "image/png", ".png");
  svg = image_filter (_("SVG image"), "image/svg+xml", ".svg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), svg);
  /* TRANSLATORS: the suggested file name of an exported chart; %s is the state */
  name = g_strdup_printf (_("%s seats.png"), mg_state_result_get_name (state));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Copy Chart and Export Chart are there while results are. */
void
mg_window_chart_update_actions (MgWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-chart", self->have_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-chart", self->have_data);
}

void
mg_window_chart_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.copy-chart", NULL, copy_chart_action);
  gtk_widget_class_install_action (widget_class, "win.export-chart", NULL, export_chart_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.copy-chart",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.copy-chart",
                                       NULL);
}
