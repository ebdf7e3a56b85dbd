/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The author scorer's features that relate a candidate to the rest of the
 * page: the site's own name in its address, a name that is one word of a
 * longer one, how many kinds of source name it, a byline among many of
 * its kind (a list of teasers), and a weak candidate's kind of line by
 * the headline. Read from the feature dump, so
 * whatever the shipped model decides. */

#include <winnow/winnow.h>

#include "byline-test-features.h"

#define PROSE "<p>The mill on the river had stood idle for thirty years before a group of " \
              "neighbours decided to repair its wheel, its roof and its old stones.</p>"

static double
feature (const char *page,
         const char *name,
         const char *which)
{
  return byline_test_feature ("text/html", page, name, which);
}

/* A name spelling a label of the page's host: the site ("Five Books" on
 * fivebooks.com) or the person whose site it is ("Karl Voit" on
 * karl-voit.at), told apart by the shape of the name. */
static void
test_host (void)
{
  static const char *site =
    "<html><head><link rel=\"canonical\" href=\"https://www.fivebooks.com/best-books/mills/\">"
    "<meta name=\"author\" content=\"Fivebooks Editors\"></head><body><h1>The best books on mills</h1>"
    "<p>By Sylvia Bishop</p>" PROSE "</body></html>";
  static const char *personal =
    "<html><head><link rel=\"canonical\" href=\"https://karl-voit.at/2024/01/02/mills/\"></head>"
    "<body><h1>Repairing the mill</h1><p>By Karl Voit</p>" PROSE "</body></html>";
  static const char *elsewhere =
    "<html><head><link rel=\"canonical\" href=\"https://example.org/mills/\"></head>"
    "<body><h1>Repairing the mill</h1><p>By Karl Voit</p>" PROSE "</body></html>";

  g_assert_cmpfloat (feature (site, "Fivebooks Editors", "host-other"), ==, 1.0);
  g_assert_cmpfloat (feature (site, "Fivebooks Editors", "host-person"), ==, 0.0);
  g_assert_cmpfloat (feature (site, "Sylvia Bishop", "host-other"), ==, 0.0);
  g_assert_cmpfloat (feature (site, "Sylvia Bishop", "host-person"), ==, 0.0);
  g_assert_cmpfloat (feature (personal, "Karl Voit", "host-person"), ==, 1.0);
  g_assert_cmpfloat (feature (elsewhere, "Karl Voit", "host-person"), ==, 0.0);
}

/* A Q&A page flattened to text: the name under "answered DATE" or
 * "edited DATE" is an answer's or an edit's, not a byline with its date;
 * the name under "asked DATE" still stands by its date. */
static void
test_foreign_date_lines (void)
{
  static const char *page =
    "Why does the op-amp oscillate?\nI built the circuit from the datasheet and the output rings "
    "at a few megahertz whatever load I put on it, so I wonder what I did wrong here.\n"
    "asked Mar 26, 2019 at 16:18\nuser3080392\n1 Answer\n"
    "The feedback capacitor is too small for that gain, so the phase margin is gone; try ten "
    "times the value and the ringing will stop.\n"
    "answered Mar 27, 2019 at 1:21\nLoren Pechtel\nedited Mar 31, 2019 at 10:57\n"
    "Peter Mortensen\nAdd a comment\nYour Answer\nPost Your Answer\n"
    "By clicking Post Your Answer you agree to our terms of service.\nRelated\n"
    "Op-amp output rings\nFeedback capacitor value\nPhase margin of a buffer\n"
    "Hot Network Questions\nWhy is the sky blue?\nHow do magnets work?\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", page, "Loren Pechtel", "text-name-date"), ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", page, "Peter Mortensen", "text-name-date"), ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", page, "user3080392", "weak-poster"), ==, 1.0);
}

/* "Brett" (a meta tag's first name) is one word of "Brett Larkin" (the
 * byline), which holds it. */
static void
test_name_relations (void)
{
  static const char *page =
    "<html><head><meta name=\"author\" content=\"Brett\"></head><body><h1>Yoga at home</h1>"
    "<p>By Brett Larkin</p>" PROSE "</body></html>";

  g_assert_cmpfloat (feature (page, "Brett", "word-of-other"), ==, 1.0);
  g_assert_cmpfloat (feature (page, "Brett", "holds-other"), ==, 0.0);
  g_assert_cmpfloat (feature (page, "Brett Larkin", "holds-other"), ==, 1.0);
  g_assert_cmpfloat (feature (page, "Brett Larkin", "word-of-other"), ==, 0.0);
}

/* JSON-LD, a meta tag, the visible byline and the weak candidate its By
 * word gives: four kinds of source. */
static void
test_source_kinds (void)
{
  static const char *page =
    "<html><head><meta name=\"author\" content=\"Jane Smith\">"
    "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": "
    "{\"@type\": \"Person\", \"name\": \"Jane Smith\"}}</script></head><body><h1>Mills</h1>"
    "<p>By Jane Smith</p>" PROSE "</body></html>";
  static const char *meta_only =
    "<html><head><meta name=\"author\" content=\"Jane Smith\"></head><body><h1>Mills</h1>"
    PROSE "</body></html>";

  g_assert_cmpfloat (feature (page, "Jane Smith", "source-kinds"), ==, 4.0);
  g_assert_cmpfloat (feature (meta_only, "Jane Smith", "source-kinds"), ==, 1.0);
}

/* Bylines of the same kind naming other people: none beside the
 * article's own byline on a page of one story, three beside each on a
 * list of teasers. */
static void
test_same_kind_others (void)
{
  static const char *single =
    "<html><body><h1>Mills</h1><p>By Jane Smith</p>" PROSE "</body></html>";
  static const char *teasers =
    "<html><body><h1>Latest stories</h1>"
    "<div><h2>Mills</h2><p>By Jane Smith</p></div>"
    "<div><h2>Weirs</h2><p>By Tom Ray</p></div>"
    "<div><h2>Locks</h2><p>By Ann Lee</p></div>"
    "<div><h2>Dams</h2><p>By Sue Fox</p></div>" PROSE "</body></html>";

  g_assert_cmpfloat (feature (single, "Jane Smith", "same-kind-others"), ==, 0.0);
  g_assert_cmpfloat (feature (teasers, "Jane Smith", "same-kind-others"), ==, 3.0);
  g_assert_cmpfloat (feature (teasers, "Sue Fox", "same-kind-others"), ==, 3.0);
}

/* A weak candidate's kind of line by the headline, and with a date there
 * too: a team right under the headline, not the same team in a footer. */
static void
test_weak_by_headline (void)
{
  static const char *top =
    "<html><body><h1>Ten tips for a better espresso</h1><p>Marketing Team</p>"
    "<p>March 3, 2024</p>" PROSE "</body></html>";
  static const char *footer =
    "<html><body><h1>Ten tips for a better espresso</h1>" PROSE PROSE PROSE PROSE PROSE PROSE
    "<p>Marketing Team</p></body></html>";

  g_assert_cmpfloat (feature (top, "Marketing Team", "weak-team"), ==, 1.0);
  g_assert_cmpfloat (feature (top, "Marketing Team", "weak-team-by-headline"), ==, 1.0);
  g_assert_cmpfloat (feature (top, "Marketing Team", "weak-by-headline-and-date"), ==, 1.0);
  g_assert_cmpfloat (feature (top, "Marketing Team", "weak-by-by-headline"), ==, 0.0);
  g_assert_cmpfloat (feature (footer, "Marketing Team", "weak-team"), ==, 1.0);
  g_assert_cmpfloat (feature (footer, "Marketing Team", "weak-team-by-headline"), ==, 0.0);
  g_assert_cmpfloat (feature (footer, "Marketing Team", "weak-by-headline-and-date"), ==, 0.0);
}

/* The date line by a name line dates the page when the filter weighs
 * its names: "Adam Roberts" over a line led by a date ("Fri 5 Dec 2025
 * 12.00 CETLast modified ...") is an article's byline, not a shop's
 * staff. A date range under a name ("April Start" / "27.04.26 -
 * 31.07.26", a course's) makes it no byline. */
static void
test_date_line_dates_page (void)
{
  static const char *article =
    "Five of the best science fiction books of 2025\n"
    "An eco-masterpiece, icy intrigue and memory-eating aliens\n"
    "Adam Roberts\n"
    "Fri 5 Dec 2025 12.00 CETLast modified on Mon 8 Dec 2025 16.40 CET\n"
    "The mill on the river had stood idle for thirty years before a group of neighbours "
    "decided to repair its wheel, its roof and its old stones.\n";
  static const char *course =
    "Spanish for beginners\n"
    "Tuesday Evenings\n"
    "1/27/2026 - 3/24/2026\n"
    "April Start\n"
    "27.04.26 - 31.07.26\n"
    "The course meets twice a week for ten weeks and covers the basics of grammar, "
    "pronunciation and conversation for travellers.\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", article, "Adam Roberts", "dated"), ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", article, "Adam Roberts", "text-name-date"),
                     >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", article, "Adam Roberts",
                                          "undated-name-only"), ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", course, "April Start", "text-name-date"),
                     <=, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", course, "Tuesday Evenings",
                                          "text-name-date"), <=, 0.0);
}

/* A forum's marks around a poster announce the name as a By word does:
 * an undated thread's poster is not vetoed as an undated page's staff. */
static void
test_undated_poster (void)
{
  static const char *thread =
    "Go to Cooking\nr/Cooking \xe2\x80\xa2\nEuroStepJam\nEnameled Cast Iron Pan and Metal\n"
    "So reading up on these pans, they seem to be safe from a toxicity perspective, but one catch "
    "is that you should not use metal on them.\n";
  static const char *shop =
    "Dog grooming in town\nSarah Ward\nWe wash, trim and brush dogs of every size, and we are "
    "open six days a week with no appointment needed.\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "EuroStepJam", "weak-poster"), ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "EuroStepJam", "undated-name-only"),
                     ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", shop, "Sarah Ward", "undated-name-only"),
                     ==, 1.0);
}

/* A post says when it was posted relative to the reading ("2 years ago",
 * "17 hours ago"): that dates its poster's line on a page that shows no
 * date, on the line ("Need2KnowLion 2 years ago#1") or under it ("Ben"
 * over "2 days ago", "by Shancock" over "Posted: 2 years ago"); prose
 * that says "20 years ago" dates nothing, nor does a year glued to a
 * count ("20241 yr ago"), nor "a" before a unit's letter ("a h ago"). */
static void
test_relative_times (void)
{
  static const char *board =
    "Official Showcase Discussion Thread\nNeed2KnowLion 2 years ago#1\n"
    "No stream link this time. The video will go up on their channel in exactly one hour from now.\n"
    "by Shancock\nPosted: 2 years ago 21 replies\n"
    "I started a blog about my garden and wonder whether this simple method works for a beginner.\n";
  static const char *feed =
    "001\nBen\n2 days ago\n6 min read\n"
    "I built a scooter out of spare parts, and this is what I learnt about springs along the way.\n"
    "002\nKimLee\n3h ago\n"
    "I painted the scooter red and blue, and this is how the paint held up after a month of rain.\n"
    "003\nAmalia\nan hour ago\n"
    "I took the scooter to the coast, and this is what the sand and the salt did to its bearings.\n"
    "004\nby Mortimer Blake\na h ago\n"
    "I sold the scooter to a neighbour, and this is what I would build next time with the money.\n";
  static const char *prose =
    "Sarah Ward\nWe opened the shop 20 years ago, and we have washed, trimmed and brushed dogs of "
    "every size since then, six days a week, in the same old barn by the river, with no "
    "appointment needed.\n";
  static const char *glued =
    "by Jane Doe\nApril 2, 20241 yr ago in Desktop Questions\n"
    "It depends on the mix and main focus of the apps and their tools, I guess.\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", board, "Need2KnowLion", "weak-leading-name"),
                     ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", board, "Need2KnowLion", "relative-time"), ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", board, "Need2KnowLion", "undated-name-only"),
                     ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", board, "Shancock", "relative-time"), ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", board, "Shancock", "undated-name-only"), ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", feed, "Ben", "weak-poster"), ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", feed, "Ben", "undated-name-only"), ==, 0.0);
  /* a known first name over a relative time and a reading time is a
   * name over its date */
  g_assert_cmpfloat (byline_test_feature ("text/plain", feed, "Ben", "text-name-date"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", feed, "KimLee", "text-name-date"), ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", feed, "KimLee", "relative-time"), ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", feed, "Amalia", "relative-time"), ==, 1.0);
  /* "a" takes a unit spelt out */
  g_assert_cmpfloat (byline_test_feature ("text/plain", feed, "Mortimer Blake", "relative-time"), ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", prose, "Sarah Ward", "relative-time"), ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", prose, "Sarah Ward", "undated-name-only"), ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", glued, "Jane Doe", "relative-time"), ==, 0.0);
}

/* One English word that is no first name ("by Conductor") is marked;
 * a first name that is also a word ("Grace") and a full name are not. */
static void
test_dictionary_word (void)
{
#define NAMED_PAGE "<html><body><h1>The mill</h1><p class='byline'>By <span class='author'>%s</span></p>" \
                   PROSE "</body></html>"
  static const char *names[] = { "Conductor", "Grace", "Grace Hopper" };
  static const double marked[] = { 1.0, 0.0, 0.0 };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *html = g_strdup_printf (NAMED_PAGE, names[i]);
      g_assert_cmpfloat (feature (html, names[i], "dictionary-word"), ==, marked[i]);
    }
#undef NAMED_PAGE
}

/* A name only tags the reader does not see give (the author meta, JSON-LD)
 * stands beside a By line under the headline that names someone else;
 * alone, or beside a byline naming the same person, it does not. */
static void
test_unseen_beside_byline (void)
{
#define HEAD "<html><head><title>Planning a wedding</title><meta property='og:type' content='article'>" \
             "<meta name='author' content='Luke Daigle'></head><body><h1>Planning a wedding</h1>"
#define BODY "<p>Planning a wedding takes months of work, and this guide walks you through each of " \
             "them, from the venue to the last dance of the night.</p></body></html>"
  static const char *other = HEAD "<p>By Paul Fenaroli</p>" BODY;
  static const char *alone = HEAD BODY;
#undef HEAD
#undef BODY

  g_assert_cmpfloat (feature (other, "Luke Daigle", "unseen-beside-byline"), ==, 1.0);
  g_assert_cmpfloat (feature (other, "Paul Fenaroli", "unseen-beside-byline"), ==, 0.0);
  g_assert_cmpfloat (feature (alone, "Luke Daigle", "unseen-beside-byline"), ==, 0.0);
}

/* A signature (a name, then its e-mail address alone) after prose is an
 * author box; under a label ("Media inquiries:") a press contact's. */
static void
test_signature (void)
{
  static const char *article =
    "Headphones worth a listen\nJune 5, 2024\nI listened to each pair for a week, on trains and "
    "at my desk, with music I know well.\n. . . Brent Butterworth\nbrentb@soundstagenetwork.com\n"
    "Related\n";
  static const char *release =
    "Headphones worth a listen\nJune 5, 2024\nI listened to each pair for a week, on trains and "
    "at my desk, with music I know well.\nMedia inquiries:\nSuzanne Pagel\n"
    "suzanne.pagel@ampact.us\n952-960-4724\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", article, "Brent Butterworth",
                                          "text-author-box"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", release, "Suzanne Pagel", "text-author-box"),
                     <=, 0.0);
}

/* A paper's authors one to a line under their label are one byline,
 * each name maybe with a few words about the person, or as author cards
 * with avatars' initials; a credit of another kind ("Edited by: ...") or
 * a name printed again ends it. */
static void
test_label_over_name_lines (void)
{
  static const char *paper =
    "Lessons for climate policy\nAuthor(s)\nJohn A. Alic\nDavid C. Mowery\nEdward S. Rubin\n"
    "Download pdf\nThe mill on the river had stood idle for thirty years before a group of "
    "neighbours decided to repair its wheel, its roof and its old stones.\n";
  static const char *credits =
    "Solar incentives by state\nWritten by:\nEmily Walker\nCasey McDevitt\n"
    "Edited by: Kristina Zagame\nUpdated Feb 11, 2026\nThe mill on the river had stood idle "
    "for thirty years before a group of neighbours decided to repair its wheel.\n";
  /* each name with a few words about the person, the second longer */
  static const char *described =
    "The best gaming laptops\nWritten by\nAdrien Ramirez, 4+ years covering computer hardware\n"
    "Joanna Nelius, senior editor and E Ink enthusiast with 5+ years experience testing PC "
    "hardware and laptops.\nUpdated March 13, 2024\nThe mill on the river had stood idle for "
    "thirty years before a group of neighbours decided to repair its wheel.\n";
  /* author cards: an avatar's initials over each name, a job under it */
  static const char *cards =
    "Faster inference\nThe mill on the river had stood idle for thirty years before a group "
    "of neighbours decided to repair its wheel.\nAuthor\nCP\nChengcheng Pei\n"
    "Staff Software Engineer, MongoDB\nYL\nYuan Lin\nDirector of Engineering, MongoDB\n"
    "Resources\n";
  static const char *repeated =
    "Remodel costs in California\nPosted By\nLoona Construction\nLoona Construction\n"
    "Posted On\nJan 13, 2025\nThe mill on the river had stood idle for thirty years before a "
    "group of neighbours decided to repair its wheel.\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", paper, "John A. Alic", "text-by"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", paper, "Edward S. Rubin", "text-by"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", paper, "Edward S. Rubin", "group-size"), ==, 3.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", credits, "Casey McDevitt", "group-size"),
                     ==, 2.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", credits, "Kristina Zagame", "group-size"),
                     !=, 3.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", described, "Joanna Nelius", "group-size"),
                     ==, 2.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", cards, "Yuan Lin", "group-size"), ==, 2.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", repeated, "Loona Construction",
                                          "group-size"), ==, 1.0);
}

/* An author box whose bio comes after the byline's date or the box's
 * "About" label, or speaks in the first person. */
static void
test_author_box_shapes (void)
{
  static const char *dated =
    "AI-powered metadata workflows\nCraig McCarthy\nLast updated on 17 December 2025\n"
    "Craig McCarthy is Digital Archive Manager at the Institute of Chartered Accountants in "
    "England and Wales\nWhen we launched the archive in early 2020, we did what many small teams "
    "do with a new system and limited staff.\n";
  static const char *first_person =
    "Why performance reviews matter\nA performance management process ensures that goals align "
    "with objectives and that progress is reviewed by the people who know the work best.\n"
    "Josh Fechter\nI'm the founder of HR.University. I'm a certified HR professional, and I "
    "manage performance for global teams.\nTABLE OF CONTENTS\n";
  static const char *labelled =
    "Beginner's guide to camera types\nIn our guide to camera types, we go back to basics and "
    "explain what each kind of camera does best and who it suits.\nJoshua Waller\nAbout\n"
    "Joshua Waller has been reviewing cameras since 2004, and in 2021 he joined the magazine as "
    "its online editor.\nYou may also like...\n";
  static const char *product =
    "Why performance reviews matter\nA performance management process ensures that goals align "
    "with objectives and that progress is reviewed by the people who know the work best.\n"
    "Josh Fechter\nI'm sure you will love the new dashboard, which shows every review in one "
    "place.\nTABLE OF CONTENTS\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", dated, "Craig McCarthy", "text-author-box"),
                     >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", first_person, "Josh Fechter",
                                          "text-author-box"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", product, "Josh Fechter", "text-author-box"),
                     <=, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", labelled, "Joshua Waller", "text-author-box"),
                     >, 0.0);
}

#define POST_TEXT "I am just getting back into using Docker after a few years away, and the " \
                  "resolver in my containers points at an address I do not recognise.\n"

/* A thread's posts, each under its poster's name and date on one line
 * ("DaleJack September 5, 2024, 11:15pm 1", "amondale (Amondale)
 * November 8, 2024, 7:33pm 1"): every poster's
 * line is a name and a date; the thread's category above the first is no
 * name over a date; the first poster has no poster of the same kind
 * before, each reply one or more; an underscore makes a user name; an
 * answer's label before its date is no name; on a line the post's number
 * ends, any one word is a poster's ("Mahaloth", "Unofficial"). */
static void
test_post_lines (void)
{
  static const char *thread =
    "Developer Community\nConfusing resolver structure\nChatGPT Bugs\n"
    "DaleJack September 5, 2024, 11:15pm 1\n" POST_TEXT
    "amondale (Amondale) November 8, 2024, 7:33pm 1\n" POST_TEXT
    "rimelek (Akos Takacs) November 8, 2024, 8:42pm 2\n" POST_TEXT
    "Noah_B November 9, 2024, 3:32pm 3\n" POST_TEXT
    "Mahaloth November 10, 2024, 12:04am 4\n" POST_TEXT
    "Unofficial November 10, 2024, 9:12am 12\n" POST_TEXT
    "answered November 9, 2024 at 16:59\n" POST_TEXT
    "Mortimer November 11, 2024\n" POST_TEXT
    "Related topics\nResolver not working\nContainers cannot reach each other\nDNS in Compose\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "DaleJack", "text-name-date"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "DaleJack", "earlier-same-kind"), ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "amondale", "text-name-date"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "amondale", "earlier-same-kind"), ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "rimelek", "earlier-same-kind"), ==, 2.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "Noah_B", "text-name-date"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "Noah_B", "earlier-same-kind"), ==, 3.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "ChatGPT Bugs", "text-name-date"),
                     <=, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "answered", "text-name-date"), <=, 0.0);
  /* a poster's name is whatever the forum let them pick, but only on a
   * line a post's number ends (here "12" after the time, too) */
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "Mahaloth", "text-name-date"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "Unofficial", "text-name-date"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "Mortimer", "text-name-date"), <=, 0.0);
}

/* A XenForo thread flattened: the poster's name heads the block over
 * the post's date and number ("#1"), above their rank and counters; a
 * rank ("Pre-Medical") is no poster. */
static void
test_post_number_blocks (void)
{
  static const char *thread =
    "Why you should not book flights with GoToGate\nThread starter latawiec\nStart date Oct 28, 2023\n"
    "latawiec\nMember\nJoined\nOct 28, 2023\nPosts\n267\nPre-Medical\nOct 28, 2023\n#1\n" POST_TEXT
    "Sapphire\nOct 28, 2023\n#2\n" POST_TEXT
    "Sapphire\nOct 29, 2023\n#3\n" POST_TEXT;

  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "latawiec", "text-name-date"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "Sapphire", "earlier-same-kind"), >=, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "Pre-Medical", "text-name-date"), <=, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", thread, "Member", "text-name-date"), <=, 0.0);
}

/* A name over a date under a heading that opens the comments
 * ("10 comments:") is a comment's; the article's byline above it is
 * not. */
static void
test_in_comments (void)
{
  static const char *post =
    "The lean startup\nby Eric Ries\nMonday, September 8, 2008\n"
    "I've been thinking for some time about a term that could encapsulate the trends that are "
    "changing the startup world. Lean is the word I keep coming back to, because it says what "
    "these companies do with the little money and time they have.\n"
    "Lean in the sense of low-burn. Many startups are frugal, but few are built to learn fast "
    "from their customers, and fewer still change course when the numbers say they should.\n"
    "10 comments:\nAmy September 11, 2008 at 2:06 PM\n"
    "Very useful perspective for a first-time founder.\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", post, "Amy", "in-comments"), ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", post, "Eric Ries", "in-comments"), ==, 0.0);
}

/* A paper's authors on one line, between commas or semicolons, under
 * the headline or, with the marks of their affiliations, anywhere near
 * the top; not a line of names without marks away from the headline. */
static void
test_name_list_line (void)
{
  static const char *paper =
    "The information bottleneck method\nNaftali Tishby, Fernando C. Pereira, William Bialek\n"
    "24 Apr 2000\nWe define the relevant information in a signal as being the information that "
    "this signal provides about another signal, and we show how to find it.\n";
  static const char *marked =
    "Journal of Medical Internet Research\nVolume 7\nOriginal paper\nFind articles\n"
    "Efficacy of a meditation app to reduce stress among college students\nAuthors of this article:\n"
    "Jennifer Huberty1 ; Jeni Green1 ; Christine Glissmann2 ; Chong Lee1,*\n"
    "We tested whether eight weeks of meditation with a mobile app reduce stress among college "
    "students, in a randomised trial with a waitlist control group.\n"
    "Stress is common among students, and few of them seek help for it on campus.\n";
  static const char *unmarked =
    "Journal of Medical Internet Research\nVolume 7\nOriginal paper\nFind articles\n"
    "Efficacy of a meditation app to reduce stress among college students\nAuthors of this article:\n"
    "Jennifer Huberty ; Jeni Green ; Christine Glissmann\n"
    "We tested whether eight weeks of meditation with a mobile app reduce stress among college "
    "students, in a randomised trial with a waitlist control group.\n"
    "Stress is common among students, and few of them seek help for it on campus.\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", paper, "William Bialek", "text-name-date"),
                     >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", paper, "William Bialek", "group-size"), ==, 3.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", marked, "Chong Lee", "text-name-date"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", marked, "Chong Lee", "group-size"), ==, 4.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", unmarked, "Jeni Green", "text-name-date"),
                     <=, 0.0);
}

/* One word no list of first names holds is a name under a byline label
 * or under the headline right over a date, but not an English word
 * there, nor a category over a separator and the date. */
static void
test_bare_names (void)
{
  static const char *labelled =
    "What is an online training course?\nWritten by\nEliz - Product marketer\n"
    "Online training is any course that learners follow on a screen, at their own pace, "
    "with videos, quizzes and a certificate at the end.\n";
#define UNDER_HEADLINE(line) \
    "<html><body><h1>Lunacal: an appointment scheduling system</h1><p>" line "</p>" \
    "<p>December 19, 2025</p><p>Lunacal is an online appointment booking and scheduling " \
    "platform for small teams that want fewer e-mails back and forth.</p></body></html>"
  static const char *under_headline = UNDER_HEADLINE ("Mazi");
  static const char *word = UNDER_HEADLINE ("Researched");
  /* a category, a separator, then the date */
  static const char *category = UNDER_HEADLINE ("Ethereum</p><p>\xe2\x80\xa7");
#undef UNDER_HEADLINE

  g_assert_cmpfloat (byline_test_feature ("text/plain", labelled, "Eliz", "text-by"), >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/html", under_headline, "Mazi", "text-name-date"),
                     >, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/html", word, "Researched", "text-name-date"), <=, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/html", category, "Ethereum", "text-name-date"),
                     <=, 0.0);
}

/* A name on a line of its own under the headline counts as named there
 * even when its author box at the end weighs more; a name only in the
 * related posts below is not. */
static void
test_any_line_by_headline (void)
{
  static const char *page =
    "Skip to content\nBlog\nTemplates\nWeb design trends to expect next year\nSelma Rinaldi\n"
    "Inspiration, Web Design\nNov 20, 2025\n"
    "Web design keeps changing with the tools we build with, and next year brings bolder type, "
    "calmer colours and layouts that move with the reader rather than against them, as the "
    "studios we asked for this piece told us again and again.\n"
    "Designers we spoke to expect most sites to drop heavy animations in favour of speed, since "
    "visitors leave pages that take more than a few seconds to show anything useful.\n"
    "Selma Rinaldi\n"
    "Selma is a designer and writer who has built websites for small businesses for ten years. "
    "She enjoys reading about typography and talking about colour with anyone who will listen.\n"
    "You might also like\nHow to pick a font for your shop\nIrving Hale\nCreated: Dec 19, 2025\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", page, "Selma Rinaldi", "any-line-by-headline"),
                     ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", page, "Irving Hale", "any-line-by-headline"),
                     ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", page, "Selma Rinaldi", "near-headline"), ==, 0.0);
}

/* A byline's date may stand a few lines under the name, past a line of
 * credentials and a link; a date far down the page is not the name's. */
static void
test_date_near (void)
{
  static const char *page =
    "Home\nGear\nThe best espresso machines under $500\n"
    "Some great espresso makers have appeared around this price. Here are my favourites.\n"
    "Anders Kjeldsen\nLicensed Q Arabica Grader, M.A. Journalism\n"
    "Learn about my qualifications and review process.\nApril 2, 2024\n"
    "When it comes to espresso machines, the difference between the real thing and the "
    "entry-level plastic models is large, and it shows in every cup you pull at home.\n"
    "Most of the machines here heat quickly, hold their temperature and steam milk well "
    "enough for a latte, though none of them is perfect and each has its quirks.\n"
    "Breville has a name for solid gear with new technology at a fair price.\n"
    "Gaggia makes machines that last for decades when they are looked after.\n"
    "Tove Lindahl\nPhotos\nThe first machine on this list is the one I use every day.\n"
    "It has never let me down, and it came in under budget.\n"
    "The second one is for those who want to steam milk for two at once.\n"
    "The third suits a small kitchen.\nMay 5, 2024\n";

  g_assert_cmpfloat (byline_test_feature ("text/plain", page, "Anders Kjeldsen", "near-date"), ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", page, "Tove Lindahl", "near-date"), ==, 0.0);
}

/* On flattened text, a name the copyright line holds ("© 2012-2025
 * Maren Holt."), as whole words (not in "Maren Holtzmann Studio"); not
 * on HTML, where the footer's holder is a site-owner candidate. */
static void
test_copyright_holder (void)
{
  static const char *page =
    "Maren Holt\nnotes projects about\nThoughts on Zig\n2025-08-29\n"
    "Zig is now one of my favourite programming languages, and I like the direction it is "
    "heading in, even though its documentation still has gaps in places.\n"
    "Ben Ortiz wrote the allocator I use most, and his notes on it are worth reading.\n"
    "\xc2\xa9 2012-2025 Maren Holt. Hosted by Benchmark Hosting Inc.\n";
  static const char *other =
    "Maren Holt\nnotes projects about\nThoughts on Zig\n2025-08-29\n"
    "Zig is now one of my favourite programming languages, and I like the direction it is "
    "heading in, even though its documentation still has gaps in places.\n"
    "\xc2\xa9 2012-2025 Maren Holtzmann Studio.\n";
  g_auto(GStrv) lines = g_strsplit (page, "\n", -1);
  g_autofree char *paragraphs = g_strjoinv ("</p><p>", lines);
  g_autofree char *html = g_strdup_printf ("<html><body><p>%s</p></body></html>", paragraphs);

  g_assert_cmpfloat (byline_test_feature ("text/plain", page, "Maren Holt", "copyright-holder"), ==, 1.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", page, "Ben Ortiz", "copyright-holder"), ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/html", html, "Maren Holt", "copyright-holder"), ==, 0.0);
  g_assert_cmpfloat (byline_test_feature ("text/plain", other, "Maren Holt", "copyright-holder"), ==, 0.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/byline/features/host", test_host);
  g_test_add_func ("/byline/features/name-relations", test_name_relations);
  g_test_add_func ("/byline/features/source-kinds", test_source_kinds);
  g_test_add_func ("/byline/features/same-kind-others", test_same_kind_others);
  g_test_add_func ("/byline/features/weak-by-headline", test_weak_by_headline);
  g_test_add_func ("/byline/features/foreign-date-lines", test_foreign_date_lines);
  g_test_add_func ("/byline/features/date-line-dates-page", test_date_line_dates_page);
  g_test_add_func ("/byline/features/label-over-name-lines", test_label_over_name_lines);
  g_test_add_func ("/byline/features/undated-poster", test_undated_poster);
  g_test_add_func ("/byline/features/relative-times", test_relative_times);
  g_test_add_func ("/byline/features/unseen-beside-byline", test_unseen_beside_byline);
  g_test_add_func ("/byline/features/dictionary-word", test_dictionary_word);
  g_test_add_func ("/byline/features/signature", test_signature);
  g_test_add_func ("/byline/features/author-box-shapes", test_author_box_shapes);
  g_test_add_func ("/byline/features/post-lines", test_post_lines);
  g_test_add_func ("/byline/features/post-number-blocks", test_post_number_blocks);
  g_test_add_func ("/byline/features/in-comments", test_in_comments);
  g_test_add_func ("/byline/features/date-near", test_date_near);
  g_test_add_func ("/byline/features/copyright-holder", test_copyright_holder);
  g_test_add_func ("/byline/features/name-list-line", test_name_list_line);
  g_test_add_func ("/byline/features/bare-names", test_bare_names);
  g_test_add_func ("/byline/features/any-line-by-headline", test_any_line_by_headline);
  return g_test_run ();
}
