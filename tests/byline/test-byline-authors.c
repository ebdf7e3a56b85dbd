/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* How the byline filter finds authors that no "By" word announces: forum
 * thread starters labelled after the name, author boxes (a name, maybe a
 * job title, then a few words about the person), and a name over a job
 * title by the headline; and the lines that look alike but name nobody
 * (a product or company describing itself, a heading over prose); an
 * author meta the page does not show, on an article and elsewhere. */

#include <winnow/winnow.h>

#include <string.h>

#include "test-util.h"

#define BODY "The article starts here and goes on for a while, explaining what it is " \
             "about in plain words, with an example or two, a number from a study and a " \
             "quote from someone who knows the field well enough to say something useful.\n" \
             "It ends a few sentences later, with a look at what readers may try next.\n"
/* Far enough down the page that a name alone is not taken for a byline. */
#define LONG_BODY BODY BODY BODY BODY BODY BODY

static WinnowDocument *
run_on (const char *content_type,
        const char *data)
{
  return test_run_pipeline ("byline", content_type, data);
}

typedef struct {
  const char *content_type;
  const char *data;
  const char *names;
} Case;

static void
check_cases (const Case *cases,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WinnowDocument) doc = run_on (cases[i].content_type, cases[i].data);
      g_autofree char *names = test_author_names (doc);

      g_test_message ("%s", cases[i].data);
      g_assert_cmpstr (names, ==, cases[i].names);
    }
}

/* "JosephF Discussion starter": the label after the user name. */
static void
test_thread_starter_after_name (void)
{
  static const Case cases[] = {
    { "text/plain", "Replacement projector recommendations\nJosephF Discussion starter\n"
      "410 posts \xc2\xb7 Joined 2002\n" BODY, "JosephF" },
    { "text/html", "<html><body><h1>Suggestions for a beginner bike</h1>"
      "<div class='message'><div class='user'><a href='/members/1'>Ejp55230</a> "
      "<span>Discussion starter</span></div>"
      "<p>I am looking to get into mountain biking and have been trying to find out which bike to get "
      "first, so any advice is welcome.</p></div></body></html>", "Ejp55230" },
    /* A label alone names nobody. */
    { "text/plain", "Replacement projector recommendations\nDiscussion starter\n" BODY, "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* An author box: the name, perhaps a job title, then about the person. */
static void
test_author_box (void)
{
  static const Case cases[] = {
    { "text/plain", "Preparing a transition\n" LONG_BODY "Related posts\nLauren Vetter\n"
      "Lauren Vetter is a growth-focused marketing professional specializing in healthcare "
      "technology. She is passionate about connecting providers with new tools.\n", "Lauren Vetter" },
    { "text/plain", "Building a UI pipeline\n" LONG_BODY "Bence Kov\xc3\xa1" "cs\n"
      "Bence is a software developer specializing in audio and game development. He has "
      "contributed to many projects.\nRecent posts\n", "Bence Kov\xc3\xa1" "cs" },
    { "text/plain", "Car rentals rated\n" LONG_BODY "About Amar Hussain\nAmar is an avid traveler and "
      "tester of products. He has spent the last 13 years traveling all 7 continents.\n",
      "Amar Hussain" },
    /* A job says it is a person, whatever the first name. */
    { "text/plain", "Workout trends\n" LONG_BODY "Nicoletta Richardson\nNicoletta Richardson is "
      "Trending Editor for TODAY.com and is based around the New York City area.\n",
      "Nicoletta Richardson" },
    { "text/plain", "Cloud computing next year\n" BODY "Juliette Carreiro\nTech Writer\n"
      "Juliette has written about technology for five years, and she still enjoys it.\n",
      "Juliette Carreiro" },
    /* the name and the job on one line */
    { "text/plain", "Open data and AI\n" LONG_BODY "Tim Green UK-based Systems Theorist & "
      "Independent Technology Writer\nTim explores the intersections of artificial intelligence "
      "and ethics. His work is shared by researchers across the field.\n", "Tim Green" },
    /* the box's label over a bio that opens with the name */
    { "text/plain", "Workout trends\n" LONG_BODY "About the author:\nNicoletta Richardson is "
      "Trending Editor for TODAY.com and is based around the New York City area.\n",
      "Nicoletta Richardson" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A name over a job title, right under the headline. */
static void
test_name_over_role (void)
{
  static const Case cases[] = {
    { "text/plain", "Pros and cons of consulting\nLiz Kenny\nFormer McKinsey Consultant\n" BODY,
      "Liz Kenny" },
    { "text/html", "<html><body><h1>Pros and cons of consulting</h1><h3>Liz Kenny</h3>"
      "<p>Former McKinsey Consultant</p><p>Are you ready to dive into the world of consulting, "
      "where every day has new challenges? Or are you hesitant about the constant travel?</p>"
      "<p>It is important to understand the pros and cons of consulting before committing.</p>"
      "</body></html>", "Liz Kenny" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A name over the date with whom it wrote for after it, or over none
 * when that is a news agency, or several names, no "By" before: the
 * names are the authors, the rest the affiliation; and a byline whose
 * name is not reported gives no affiliation either. */
static void
test_name_and_affiliation (void)
{
  static const struct {
    const char *pipeline;
    const char *content_type;
    const char *data;
    const char *names;
    const char *affiliation;
  } cases[] = {
    { "byline", "text/plain",
      "Holiday crowds fill the airports\nLevi Parsons For Daily Mail Australia\n"
      "December 20, 2024\n" BODY, "Levi Parsons", "Daily Mail Australia" },
    { "byline", "text/plain",
      "Holiday crowds fill the airports\nBrian Truitt, The Tennessean\nDecember 20, 2024\n" BODY,
      "Brian Truitt", "The Tennessean" },
    { "byline", "text/html",
      "<html><body><h1>Holiday crowds fill the airports</h1>"
      "<p>Levi Parsons For Daily Mail Australia</p><p>December 20, 2024</p>"
      "<p>Travellers queued for hours at the airports of Sydney and Melbourne on Friday, as "
      "the holiday season began with record numbers of flights.</p>"
      "<p>Airlines said more staff would work over the weekend.</p></body></html>",
      "Levi Parsons", "Daily Mail Australia" },
    /* an agency's beat is no job; a news agency after the name says
     * byline, with no date too */
    { "byline", "text/plain",
      "Holiday crowds fill the airports\nAmy Maxmen, KFF Health News\nDecember 20, 2024\n" BODY,
      "Amy Maxmen", "KFF Health News" },
    { "byline", "text/plain",
      "Holiday crowds fill the airports\nBrian Truitt USA TODAY\n" BODY, "Brian Truitt",
      "USA Today" },
    /* several names, no "By": each must be a name */
    { "byline", "text/plain",
      "Holiday crowds fill the airports\nJane Doe and John Roe\nDecember 20, 2024\n" BODY,
      "Jane Doe; John Roe", NULL },
    { "byline", "text/plain",
      "Holiday crowds fill the airports\nSalt and Pepper\nDecember 20, 2024\n" BODY, "", NULL },
    { "byline min-confidence=1", "text/plain",
      "Holiday crowds fill the airports\nBy Levi Parsons for Daily Mail Australia\n"
      "December 20, 2024\n" BODY, "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(WinnowDocument) doc =
        test_run_pipeline (cases[i].pipeline, cases[i].content_type, cases[i].data);
      g_autofree char *names = test_author_names (doc);

      g_test_message ("%s", cases[i].data);
      g_assert_cmpstr (names, ==, cases[i].names);
      g_assert_cmpstr (winnow_document_get_metadata_string (doc, WINNOW_META_AFFILIATION), ==,
                       cases[i].affiliation);
    }
}

/* Lines shaped like author boxes that name nobody. */
static void
test_not_author_boxes (void)
{
  static const Case cases[] = {
    /* A heading over prose that starts with its first word. */
    { "text/plain", "Music lessons\n" LONG_BODY "Tuition Rates\nTuition is based on a one-on-one private "
      "session with faculty in two 17-week terms and one summer term.\n", "" },
    /* A product or a company describing itself, not a person. */
    { "text/plain", "Fragrances\n" LONG_BODY "Temple Smoke\nTemple Smoke is a mystical blend inspired by "
      "the rich fragrance of oud incense, with deep and warm layers.\n", "" },
    { "text/plain", "Fragrances\n" LONG_BODY "Temple Smoke Fragrance Designer\nTemple Smoke is a "
      "mystical blend inspired by the rich fragrance of oud incense, with deep and warm layers.\n",
      "" },
    { "text/plain", "Energy software\n" LONG_BODY "Kraken Tech\nKraken is the most-loved operating system "
      "for energy; we help utilities transform their technology and operations.\n", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* On an article, a lone author meta names the author even when the page
 * does not show it, user names included; on a service page it does not. */
static void
test_unseen_meta_on_article (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>Create a function app</title>"
      "<meta property='og:type' content='article'><meta name='author' content='ggailey777'>"
      "</head><body><h1>Create a function app</h1><p>Learn how to create a function app from the "
      "command line, deploy your code to it and run it in the cloud for the first time.</p>"
      "<p>Before you begin, make sure you have an account and the tools installed.</p>"
      "</body></html>", "ggailey777" },
    /* A book's chapter names its authors so too. */
    { "text/html", "<html><head><title>Plan and intended audience</title>"
      "<meta property='og:type' content='book'>"
      "<meta name='author' content='Artur Ekert, Timothy Hosgood, Alastair Kay'>"
      "</head><body><h1>Plan and intended audience</h1><p>This book is an introduction to quantum "
      "information science for students who know some linear algebra and probability.</p>"
      "<p>Each chapter ends with exercises, and the answers to some of them are given.</p>"
      "</body></html>", "Artur Ekert; Timothy Hosgood; Alastair Kay" },
    /* An unseen JSON-LD author alone, a CMS user name, is not believed. */
    { "text/html", "<html><head><title>Social commerce</title>"
      "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"author\":{\"@type\":"
      "\"Person\",\"name\":\"brandon-peaktwo\"},\"datePublished\":\"2025-03-02\"}</script>"
      "</head><body><h1>Social commerce</h1><p>Selling where people already spend their time "
      "online is the idea, and here is how brands go about it this year.</p></body></html>", "" },
    { "text/html", "<html><head><title>Our services</title><meta name='author' content='ggailey777'>"
      "</head><body><h1>Our services</h1><p>We repair bicycles of every kind, from city bikes to "
      "racing machines, and we sell spare parts, helmets and lights at fair prices.</p>"
      "</body></html>", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A forum drawn by script gives crawlers its posts in a <noscript>: the
 * first post's author started the thread. */
static void
test_noscript_thread (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>My take on valuation</title></head><body>"
      "<noscript><div id='main-outlet' role='main'>"
      "<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><h1>My take on valuation</h1>"
      "<div id='post_1' class='topic-body crawler-post'><div class='crawler-post-meta'>"
      "<span class='creator' itemprop='author' itemscope><a href='/u/PaulWBryant'>"
      "<span itemprop='name'>PaulWBryant</span></a></span></div>"
      "<div class='post' itemprop='text'><p>I would not mind a brief discussion about valuation, "
      "as I would love to know how others think about it and what they pay.</p></div></div>"
      "<div id='post_2' class='topic-body crawler-post'><div class='crawler-post-meta'>"
      "<span class='creator' itemprop='author' itemscope><a href='/u/RndSheep'>"
      "<span itemprop='name'>RndSheep</span></a></span></div>"
      "<div class='post' itemprop='text'><p>For myself, I think the price you pay sums it up, "
      "and the rest is a story we tell ourselves after the fact.</p></div></div>"
      "<div id='post_3' class='topic-body crawler-post'><div class='crawler-post-meta'>"
      "<span class='creator' itemprop='author' itemscope><a href='/u/gauchorico'>"
      "<span itemprop='name'>gauchorico</span></a></span></div>"
      "<div class='post' itemprop='text'><p>Valuation matters less than growth for the companies "
      "we hold, at least over the first few years.</p></div></div>"
      "</div></div></noscript></body></html>", "PaulWBryant" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A thread whose replies are microdata Comments: the opening post's
 * author, given only in the <meta>s of its DiscussionForumPosting (the
 * post shows in a table cell no markup names), started it, not the
 * replier named in the first marked element; and where every post, the
 * first too, is a Comment, the first one's author. */
#define REPLY(name, text) \
  "<tbody itemprop='comment' itemscope itemtype='https://schema.org/Comment'><tr><td class='bold'>" \
  "<span itemprop='author' itemscope itemtype='https://schema.org/Person'>" \
  "<meta itemprop='name' content='" name "'></span>" \
  "<a href='#2'>Re: Hybrid quantum and classical computing</a> by " \
  "<a href='/" name "' class='user'>" name "</a>: 9:43pm</td></tr>" \
  "<tr><td>" text "</td></tr></tbody>"
#define COMMENT_POST(name, text) \
  "<li class='postcontainer' itemscope itemtype='http://schema.org/Comment'>" \
  "<a class='username' href='/member/1'><strong itemprop='author'>" name "</strong></a>" \
  "<blockquote class='postcontent'>" text "</blockquote></li>"

static void
test_reply_authors (void)
{
  static const Case cases[] = {
    { "text/html", "<html><body><h1>Hybrid quantum and classical computing</h1>"
      "<table><tbody><tr><td class='bold'><a href='#1'>Hybrid quantum and classical computing</a> "
      "by <a href='/Alphabyte1' class='user'>Alphabyte1</a>: 3:21pm</td></tr>"
      "<tr><td>Hybrid quantum computing is the industry term for a simple idea: a quantum computer "
      "and a classical computer working together on one problem, each doing what it is good at.</td></tr>"
      "</tbody>"
      REPLY ("Alphabyte2", "The classical part prepares the circuit and reads the results, and the "
             "quantum part runs the circuit many times over.")
      REPLY ("Alphabyte2", "Most of the algorithms people run today work this way, since the machines "
             "are still small and noisy.")
      "</table>"
      "<div itemscope itemtype='https://schema.org/DiscussionForumPosting'>"
      "<meta itemprop='headline' content='Hybrid quantum and classical computing'>"
      "<span itemprop='author' itemscope itemtype='https://schema.org/Person'>"
      "<meta itemprop='name' content='Alphabyte1'></span>"
      "<meta itemprop='text' content='Hybrid quantum computing is the industry term'></div>"
      "</body></html>", "Alphabyte1" },
    { "text/html", "<html><body><h1>Which web host do you use?</h1><ol>"
      COMMENT_POST ("hostlar", "What matters most to you when you pick a web host for a small "
                    "business site: price, support or where the servers are?")
      COMMENT_POST ("kevinw", "Response time by email and phone, and how well they solve a problem "
                    "when something breaks at night.")
      COMMENT_POST ("mariap", "Scalability and cost, then location when the law of the place "
                    "matters for what you host.")
      "</ol></body></html>", "hostlar" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Plain text that gives only when it was updated is dated: a name over
 * "Last Updated" is the byline, not staff on an undated shop's page. */
static void
test_update_dated_text (void)
{
  static const Case cases[] = {
    { "text/plain", "10 Best Moving Companies in New York (2025 Reviews)\nRyan Carrigan\n"
      "Last Updated: Dec 17, 2025 \xe2\x80\xa2 5 min read\n" BODY, "Ryan Carrigan" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A name line over its date may hold particles ("von der", "van"). */
static void
test_particles_in_name_line (void)
{
  static const Case cases[] = {
    { "text/plain", "Five solutions to climate change\nNick van Mead\n2022-11-23T08:10+02:00\n" BODY,
      "Nick van Mead" },
    { "text/plain", "A speech to the parliament\nUrsula von der Leyen\nJune 5, 2024\n" BODY,
      "Ursula von der Leyen" },
    /* a particle neither starts nor ends a name */
    { "text/plain", "A speech to the parliament\nvan der Leyen\nJune 5, 2024\n" BODY, "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* "By" on a line of its own before a single name or a user name; a
 * shop's "By Collection" filter names nobody. */
static void
test_by_single_name (void)
{
  static const Case cases[] = {
    { "text/plain", "Best restaurants in town\nWritten by Kristin\n" BODY, "Kristin" },
    { "text/plain", "Something happened today\nBy Madonna\n" BODY, "Madonna" },
    { "text/plain", "Top event trends\nby whova | Apr 21, 2025\n" BODY, "whova" },
    { "text/plain", "Plumbing principles\nBy CottageCare\n" BODY, "CottageCare" },
    /* over its date, any word that reads as a name, not a reply's poster */
    { "text/plain", "New PC case\nBy Rabbids\nMarch 19, 2024 in Build Hardware\n" BODY
      "DevBiker\nPosted March 19, 2024\n" BODY, "Rabbids" },
    { "text/plain", "New PC case\nBy Hardware\nMarch 19, 2024\n" BODY, "" },
    /* the user name ends where its date starts, however long the line */
    { "text/plain", "Tech jobs dry up\nPosted by BeauHD on Friday December 19, 2025 @08:00PM "
      "from the skewed-job-market dept.\n" BODY, "BeauHD" },
    /* a lower-case user name before "on" and the post's date */
    { "text/plain", "First trip to Japan\nPosted by johnanddoc on 07/03/24 02:57 PM\n" BODY, "johnanddoc" },
    { "text/plain", "First trip to Japan\nPosted by jsmith on March 7, 2024\n" BODY, "jsmith" },
    /* ... or before the post's age */
    { "text/plain", "Why my build fails\nPosted by u/throwaway123 5 hours ago\n" BODY, "throwaway123" },
    { "text/plain", "Rust project goals\nby scvalex 1 year ago | caches | 12 comments\n" BODY, "scvalex" },
    { "text/plain", "Shop earrings\nBy Collection\nBy Price\n" BODY, "" },
    /* a countdown's units, in any language, are no one's name */
    { "text/plain", "Nos produits exclusifs\nInstant Crush\njours\n:\nheures\n:\nminutes\n" BODY, "" },
    { "text/plain", "Shop earrings\nPar Mati\xc3\xa8re\n" BODY, "" },
    { "text/plain", "Setting up\nBy using the installer\n" BODY, "" },
    { "text/plain", "Setting up\nBy default on every page\n" BODY, "" },
    /* Dutch "door" is also the English noun. */
    { "text/plain", "Smart home sensors\nDoor & Window Sensors\n" BODY, "" },
    /* A single name or a user name over the date. */
    { "text/plain", "Appointment scheduling with AI\nStefan\nDecember 19, 2025\n" BODY, "Stefan" },
    { "text/plain", "House renovation costs\ninikosoftseo\nSeptember 8, 2025\n" BODY, "inikosoftseo" },
    /* ... or before its date on one line right under the headline,
     * glued to it or not; a category there is no name. */
    { "text/plain", "Smart home automation guide\nYucy3/4/2025\n" BODY, "Yucy" },
    { "text/plain", "Smart home automation guide\nTechnology March 4, 2025\n" BODY, "" },
    /* A reading time says byline where the date has no year. */
    { "text/plain", "Why music lessons help\nKalyn Keen\nJun 9\n5 min read\n" BODY, "Kalyn Keen" },
    /* A counter over a date is no name. */
    { "text/plain", "House renovation costs\n114\nSeptember 8, 2025\n" BODY, "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A thread's header: its title, "by", the poster and the date, over the
 * replies' headers of the same form; a related story's line low on the
 * page names nobody; "by" with no date after the name is no byline,
 * unless a headline above is said again before it. Or the poster, a
 * separator and the post's date. */
static void
test_title_by_poster (void)
{
  static const Case cases[] = {
    { "text/plain", "Programming forum\n"
      "Hybrid Quantum And Classical Computing by Alphabyte1: 3:21pm On Mar 09, 2023\n" BODY
      "Re: Hybrid Quantum And Classical Computing by Alphabyte2: 9:43pm On Dec 09, 2023\n" BODY
      "Re: Hybrid Quantum And Classical Computing by Qubit7: 1:02am On Dec 10, 2023\n" BODY
      "Re: Hybrid Quantum And Classical Computing by Alphabyte3: 8:15am On Jan 02, 2024\n" BODY,
      "Alphabyte1" },
    { "text/plain", "Council approves budget\n" LONG_BODY "Related Articles\n"
      "Housing plan stalls by Jane Doe February 8, 2024 The mayor's plan waits for a vote.\n"
      "Contact\nAbout us\nPrivacy\nTerms\n", "" },
    { "text/plain", "Summer reading\nA novel by Jane Austen that everyone should read\n" BODY, "" },
    /* a long headline said again before "by" and the names */
    { "text/plain", "Startup lessons\nLean Startup Week Call for Proposals is Open Until July 31\n"
      "July 22, 2017\nLean Startup Week Call for Proposals is Open Until July 31 by Eric Ries\n" BODY,
      "Eric Ries" },
    /* the user name, a separator, "Posted ..." or the post's number */
    { "text/plain", "Beginning woodworking\n"
      "Fitzg | Posted in General Discussion on February 24, 2006 02:01am\n" BODY
      "BMilton | Feb 24, 2006 02:35am | #1\n" BODY "Napie | Feb 24, 2006 05:13am | #2\n" BODY
      "SawdustSteve | Feb 24, 2006 05:39am | #3\n" BODY, "Fitzg" },
    { "text/plain", "Beginning woodworking\nMembers | Feb 24, 2006 02:35am | #1\n" BODY, "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A theme's post meta with its spaces lost, under the post: categories,
 * author, date and tags glued together. A name that starts the line is a
 * comment's. */
static void
test_glued_post_meta (void)
{
  static const Case cases[] = {
    { "text/plain", "Five tips for landscape composition\n" LONG_BODY
      "Photo Log, Tips & TricksScott DavenportApril 10, 20175 Tips, Composition4 Comments\n"
      "Facebook0 Twitter Reddit\nPrevious\n", "Scott Davenport" },
    { "text/plain", "How to keep pests out of the garden\n" LONG_BODY
      "GARDEN MAINTENANCEannette thurmonJune 17, 2021garden, pest control5 Comments\n"
      "Facebook0 Twitter\nPrevious\n", "annette thurmon" },
    { "text/plain", "Lean startups\n" LONG_BODY "10 comments:\n"
      "AmySeptember 11, 2008 at 2:06 PM\nVery useful perspective, thank you.\n", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A thread's posts, each numbered after its date: the first names the
 * starter, however many replies there are and wherever the headline was
 * taken to be. */
static void
test_numbered_posts (void)
{
  static const Case cases[] = {
    { "text/plain", "Docker Desktop\nnetworking\n"
      "amondale (Amondale) November 8, 2024, 7:33pm 1\n"
      "I am just getting back in to using Docker after a few years away.\n"
      "Which DNS server do my containers use?\n" BODY
      "rimelek (Akos Takacs) November 8, 2024, 8:42pm 2\n" BODY
      "meyay (Metin Y.) November 8, 2024, 9:42pm 3\n" BODY
      "amondale (Amondale) November 9, 2024, 3:12am 4\n" BODY
      "rimelek (Akos Takacs) November 9, 2024, 9:21am 5\n" BODY, "amondale" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The first post of a flattened forum thread names its starter. */
static void
test_first_post (void)
{
  static const Case cases[] = {
    { "text/plain", "Turning off all LEDs\n16 posts \xe2\x80\xa2 Page 1 of 1\nb.scherer\nPosts: 2\n"
      "Joined: Sun Dec 17, 2023 11:18 am\nI just got my new board and wanted to turn off its LEDs.\n"
      "someone_else\nPosts: 5120\nJoined: Mon Jan 2, 2012 9:00 am\nTry the config file.\n", "b.scherer" },
    { "text/plain", "Arch Linux ISO in 2024\n#1 2025-11-01 15:14:37\nchunix64\nMember\n"
      "Registered: 2025-11-01\nPosts: 3\nWhy did the ISO size grow so fast this year?\n", "chunix64" },
    { "text/plain", "Selling my old bike\n#1\nlowjhg\nOriginal Poster\nJoin Date: Aug 2008\n"
      "I am selling my old bike, which I rode for ten years.\n", "lowjhg" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A dated line of parts between separators, one of them a name. */
static void
test_separated_line (void)
{
  static const Case cases[] = {
    { "text/plain", "What do people love about Rust?\nDec. 19, 2025 \xc2\xb7 Niko Matsakis on behalf of "
      "the Vision Doc group\n" BODY, "Niko Matsakis" },
    { "text/plain", "Unicode search at speed\nDecember 15, 2025 \xc2\xb7 30 min \xc2\xb7 6279 words \xc2\xb7 "
      "Ash Vardanian\n" BODY, "Ash Vardanian" },
    { "text/plain", "How AI is transforming healthcare\nAaron Ricadela | Senior Writer | July 2, 2025\n" BODY,
      "Aaron Ricadela" },
    /* No name among the parts. */
    { "text/plain", "Pricing guide\nDec 26, 2025 \xe2\x80\xa2 Project Management Software\n" BODY, "" },
    /* In HTML, the line under the headline; the words after " in " are
     * the story's category. */
    { "text/html", "<html><body><h1>Project management software pricing guide</h1>"
      "<p>Dec 26, 2025 \xe2\x80\xa2 <img src='avatar.png' class='avatar'> Mahua Das in "
      "<a href='/blog/pm'>Project Management</a></p><p>" BODY "</p></body></html>", "Mahua Das" },
    /* A category is no name, even shaped like one. */
    { "text/html", "<html><body><h1>Getting hurt at a gym</h1>"
      "<p>On Behalf of Tunstall PLLC | Apr 21, 2017 | Products Liability</p><p>" BODY "</p></body></html>", "" },
    /* A list of stories sets each one's byline so: not the page's. */
    { "text/html", "<html><body><h1>Our blog</h1><p>News from the team.</p>"
      "<h2>Pricing guide</h2><p>Dec 26, 2025 \xe2\x80\xa2 Mahua Das</p><p>" BODY "</p>"
      "<h2>Hiring guide</h2><p>Dec 20, 2025 \xe2\x80\xa2 Rohan Mehta</p><p>" BODY "</p></body></html>", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Two tags the page does not show (JSON-LD and the author meta, one CMS
 * field) do not outvote the byline the reader sees. */
static void
test_visible_over_unseen_pair (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>Planning a wedding</title>"
      "<meta property='og:type' content='article'><meta name='author' content='Luke Daigle'>"
      "<script type='application/ld+json'>{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\","
      "\"name\":\"Luke Daigle\"}}</script></head><body><h1>Planning a wedding</h1>"
      "<p>By Paul Fenaroli</p><p>Planning a wedding takes months of work, and this guide walks you "
      "through each of them, from the venue to the last dance of the night.</p></body></html>",
      "Paul Fenaroli" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The byline names more people than the metadata, titles before their
 * names; "Former" and "USA" end a name. */
static void
test_names_extended_and_cut (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>HR trends</title><meta name='author' content='Marna van der Merwe'>"
      "</head><body><h1>HR trends</h1><p>Written by Dr Marna van der Merwe, Dr Dieter Veldsman, "
      "Erik van Vulpen</p><p>Human resources change every year, and this one brought more change "
      "than most: here is what we saw and what it means for you.</p></body></html>",
      "Dr Marna van der Merwe; Dr Dieter Veldsman; Erik van Vulpen" },
    { "text/plain", "Ten movies to stream now\nBy Brian Truitt USA TODAY\n" BODY, "Brian Truitt" },
    { "text/plain", "Best handhelds\nBy Will Judd Former Deputy Tech Editor\n" BODY, "Will Judd" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Plain text without a publication date needs more than a name alone by
 * the headline; a By line still does. */
static void
test_undated_text (void)
{
  static const Case cases[] = {
    { "text/plain", "Dog grooming in town\nSarah Ward\n" BODY, "" },
    { "text/plain", "Dog grooming in town\nBy Sarah Ward\n" BODY, "Sarah Ward" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* On an HTML article, a person's name the page shows by the headline
 * counts even in a block of navigation (an author card); not on a page
 * that is no article. */
static void
test_author_card_in_nav (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>Self-host Postgres</title><meta property='og:type' content='article'>"
      "</head><body><nav><p>Pierce Freeman</p></nav><h1>Go ahead, self-host Postgres</h1>"
      "<p>Running your own database is less work than people say, and this post shows what it "
      "takes to keep one healthy for years.</p></body></html>", "Pierce Freeman" },
    { "text/html", "<html><head><title>Self-host Postgres</title>"
      "</head><body><nav><p>Pierce Freeman</p></nav><h1>Go ahead, self-host Postgres</h1>"
      "<p>Running your own database is less work than people say, and this post shows what it "
      "takes to keep one healthy for years.</p></body></html>", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* An HTML page whose two "By" lines name different people, neither by a
 * headline, lists stories. */
static void
test_two_bylines_list (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>Latest news</title></head><body>"
      "<h2>Rates hold steady</h2><p>By Clare Duffy</p><p>The central bank kept its rates where they "
      "were for the third month, and said it would wait for more data.</p>"
      "<h2>Retail sales climb</h2><p>By Chris Isidore</p><p>Shoppers spent more in December than "
      "economists had expected, led by online orders and restaurants.</p></body></html>", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A post drawn by script from its element's attributes names its author
 * there. */
static void
test_author_attribute (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>FCC chair to Europe</title></head><body>"
      "<shreddit-post post-title='FCC chair to Europe' author='ControlCAD' score='510'>"
      "<a href='/user/ControlCAD'>ControlCAD</a><h1>FCC chair to Europe</h1>"
      "<p>New barriers are emerging that constrain satellite providers, the chair said in a "
      "letter to his European counterparts this week.</p></shreddit-post></body></html>",
      "ControlCAD" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A name line under its date by the headline counts wherever the
 * headline is, even late on a page whose navigation comes after it. */
static void
test_name_date_late_headline (void)
{
  static const Case cases[] = {
    { "text/html", "<html><body><p>Home</p><p>News</p><p>About</p><p>Archive</p><p>Search</p>"
      "<p>Login</p><p>Help</p><p>Jobs</p><p>Events</p><p>Blog</p><p>Shop</p><p>Press</p>"
      "<h1>Mission accomplished!</h1><p>2025-12-17</p><p>Trond Teigen</p><p>The National Library "
      "and its partners were commissioned to build a new archive, and this year they finished "
      "it on time.</p><p>Privacy</p><p>Terms</p></body></html>", "Trond Teigen" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A manual's "--reset-author" option in an element named for authors. */
static void
test_option_not_author (void)
{
  static const Case cases[] = {
    { "text/html", "<html><body><h1>git-commit(1)</h1><p>Record changes to the repository, with a "
      "message that says what changed and why, for the people who read it later.</p>"
      "<dl><dt class='author'>--reset-author</dt><dd>Declare that the authorship of the resulting "
      "commit now belongs to the committer.</dd></dl></body></html>", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A banner's headline is no author, whatever "poster" its class says. */
static void
test_headline_not_author (void)
{
  static const Case cases[] = {
    { "text/html", "<html><body><div class='herobanner_poster_content_headline'><h1>Sterling silver "
      "earrings</h1></div><p>Our sterling silver earrings are made by hand in small batches, and "
      "each pair comes in a gift box with a polishing cloth.</p></body></html>", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Titles over their dates (a list of posts) and sidebar headings under an
 * "Author" label are no names; a name the first-name list does not know
 * still is one. */
static void
test_titles_not_names (void)
{
  static const Case cases[] = {
    { "text/plain", "Blog\nBackup Strategy\nMarch 3, 2024\n" BODY, "" },
    { "text/plain", "Blog\nUX Analytics\nMarch 3, 2024\n" BODY, "" },
    { "text/plain", "Blog\nAuthor\nRecent Posts\n" BODY, "" },
    { "text/plain", "Mission accomplished!\nTrond Teigen\nMarch 3, 2024\n" BODY, "Trond Teigen" },
    { "text/plain", "Landscape composition\nMark Denney\nMarch 3, 2024\n" BODY, "Mark Denney" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* After the names and their date, a post's categories are no authors
 * ("Brake Repair"); names on both sides of a separator without a date
 * still are. */
static void
test_categories_after_date (void)
{
  static const Case cases[] = {
    { "text/plain", "Brake pads: when to change them\nby Daniel Gibson | Mar 11, 2023 | "
      "All About Brakes and Brake Repair, Learn About Brakes | 0 comments\n" BODY, "Daniel Gibson" },
    { "text/plain", "Brake pads: when to change them\nBy Daniel Gibson | Maria Lopez\n" BODY,
      "Daniel Gibson; Maria Lopez" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Repeated author tags (citation_author) are one list: all its names are
 * reported, not only the first; a template's unfilled field is no name. */
static void
test_meta_lists_and_placeholders (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><meta name='citation_author' content='Aditya Mahindru'>"
      "<meta name='citation_author' content='Pradeep Patil'>"
      "<meta name='citation_author' content='Varun Agrawal'>"
      "<meta name='citation_publication_date' content='2024/03/02'></head><body>"
      "<h1>Mills and their wheels</h1><p>Aditya Mahindru, Pradeep Patil, Varun Agrawal</p>"
      "<p>The mill on the river had stood idle for thirty years before a group of neighbours "
      "decided to repair its wheel, its roof and its old stones.</p></body></html>",
      "Aditya Mahindru; Pradeep Patil; Varun Agrawal" },
    { "text/html", "<html><head><meta name='author' content='page.head.extra.author'>"
      "<meta property='og:type' content='article'>"
      "<meta property='article:published_time' content='2024-03-02'></head><body>"
      "<h1>Mills and their wheels</h1><p>The mill on the river had stood idle for thirty "
      "years before a group of neighbours decided to repair its wheel, its roof and its old "
      "stones.</p></body></html>", "" },
    { "text/html", "<html><head><meta name='author' content='{{ author }}'>"
      "<meta property='og:type' content='article'>"
      "<meta property='article:published_time' content='2024-03-02'></head><body>"
      "<h1>Mills and their wheels</h1><p>The mill on the river had stood idle for thirty "
      "years before a group of neighbours decided to repair its wheel, its roof and its old "
      "stones.</p></body></html>", "" },
    /* the software that made the page, and nothing of its name */
    { "text/html", "<html><head><meta name='dc.creator' content='Adobe InDesign CS6'>"
      "<meta property='og:type' content='article'>"
      "<meta property='article:published_time' content='2024-03-02'></head><body>"
      "<h1>Mills and their wheels</h1><p>The mill on the river had stood idle for thirty "
      "years before a group of neighbours decided to repair its wheel, its roof and its old "
      "stones.</p></body></html>", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* What follows a name on its line tells about that person: a job, years
 * of experience, a sentence of a bio; its capitalised words ("E Ink",
 * "Sri Lanka") are no co-authors. */
static void
test_descriptions_not_names (void)
{
  static const Case cases[] = {
    { "text/html", "<html><body><h1>The best e-readers</h1><div class='byline'>Written by<br>"
      "Adrien Ramirez, 4+ years covering computer hardware, software, and science<br>"
      "Joanna Nelius, senior editor and E Ink enthusiast</div>" BODY "</body></html>",
      "Adrien Ramirez; Joanna Nelius" },
    { "text/plain", "Search engines in 2025\nBy Reyan Perumal, technology writer. Based in Colombo, "
      "Sri Lanka, he writes about research\n" BODY, "Reyan Perumal" },
    /* a time after the name describes nobody */
    { "text/plain", "Search engines in 2025\nBy Reyan Perumal, 2 hours ago\n" BODY, "Reyan Perumal" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Words glued when a page was flattened ("BoucherIn", "CategoryBy") are
 * cut where a word no name holds starts; "McDonald" is not. Categories
 * after "In" are no authors; a title ("Ask the Doctors") and a common
 * word in an author meta ("finance") are no names. */
static void
test_glued_words_and_titles (void)
{
  static const Case cases[] = {
    { "text/plain", "Budget travel in Portugal\nOn January 12, 2025 By Gabby BoucherIn Budget Travel, "
      "Travel Tips\n" BODY, "Gabby Boucher" },
    { "text/plain", "Budget travel in Portugal\nBy Gabby Boucher in Budget Travel, Travel Tips\n" BODY,
      "Gabby Boucher" },
    { "text/plain", "Brake pads explained\nBy CategoryBy Manufacturer\n" BODY, "" },
    { "text/plain", "Brake pads explained\nBy Angus McDonald\n" BODY, "Angus McDonald" },
    { "text/html", "<html><body><h1>Is a daily walk enough?</h1><div class='byline'>"
      "<span class='author'>Ask the Doctors</span></div>" BODY "</body></html>", "" },
    { "text/html", "<html><head><meta name='author' content='finance'>"
      "<meta property='og:type' content='article'>"
      "<meta property='article:published_time' content='2024-03-02'></head><body>"
      "<h1>Mills and their wheels</h1><p>The mill on the river had stood idle for thirty "
      "years before a group of neighbours decided to repair its wheel, its roof and its old "
      "stones.</p></body></html>", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A person's own site: its name is the author's, not an organisation's,
 * even when only the metadata gives it. */
static void
test_personal_site (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><meta property='og:site_name' content='Karl Voit'>"
      "<meta name='author' content='Karl Voit'><meta property='og:type' content='article'>"
      "<meta property='article:published_time' content='2024-03-02'></head><body>"
      "<h1>My desktop setup</h1><p>The mill on the river had stood idle for thirty years before "
      "a group of neighbours decided to repair its wheel, its roof and its old stones.</p>"
      "</body></html>", "Karl Voit" },
    /* first names of many cultures, not only English ones, say so */
    { "text/html", "<html><head><meta property='og:site_name' content='Joakim Edin'>"
      "<meta name='author' content='Joakim Edin'><meta property='og:type' content='article'>"
      "<meta property='article:published_time' content='2024-03-02'></head><body>"
      "<h1>My desktop setup</h1><p>The mill on the river had stood idle for thirty years before "
      "a group of neighbours decided to repair its wheel, its roof and its old stones.</p>"
      "</body></html>", "Joakim Edin" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A name written twice in a row (an avatar's text, then the name) is one
 * name; a single repeated word may be a name ("Sirhan Sirhan"). */
static void
test_doubled_name (void)
{
  static const Case cases[] = {
    { "text/plain", "A podcast for hosts\nWritten by: Colin Gray Colin Gray\n" BODY, "Colin Gray" },
    { "text/plain", "A podcast for hosts\nBy Mary Ann Lee Mary Ann Lee\n" BODY, "Mary Ann Lee" },
    { "text/plain", "A podcast for hosts\nBy Kristian LarsenKristian Larsen\n" BODY, "Kristian Larsen" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A greeting ("Hello Jill-", "Hello Shown.") or a contraction ("It’s
 * Blogvent") before a date is a comment's or a post's first words, no
 * name. */
static void
test_greetings_not_names (void)
{
  static const Case cases[] = {
    { "text/plain", "Natural bug spray\n" BODY "109 Comments\nHello Jill-\nJuly 14, 2015 at 3:53 pm\n"
      "Thanks for the recipe.\n", "" },
    { "text/plain", "Natural bug spray\nHello Jill-\nJuly 14, 2015\n" BODY, "" },
    { "text/plain", "Configure your repositories\nDec 19, 2025\n"
      "It’s Blogvent, day 19, where I blog daily in December!\n" BODY, "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A forum's widgets beside its posts' names and dates ("Author stats",
 * "Display Modes", the member group after the name) are no names. */
static void
test_forum_widgets_not_names (void)
{
  static const Case cases[] = {
    { "text/plain", "Will the forum close?\nColdJ Members\nJune 14, 2024\nAuthor stats\n"
      "June 14, 2024\nA thread to thank the moderators and members alike, before the forum "
      "closes for good.\nSteve Members\nJune 14, 2024\nAuthor stats\nJune 14, 2024\n"
      "I doubt that the forum is getting shuttered, the game still sells well.\n", "" },
    { "text/plain", "Hardware > Graphics cards\nWrong refresh rate on a new card\nRemember Me?\n"
      "Thread Tools\nDisplay Modes\n30th March 2025, 16:26\n#1 | Link\n" BODY, "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A byline element that holds the post's category or tags: they are no
 * names ("Wellness & Prevention" is not two authors). */
static void
test_byline_categories_not_names (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>Sleep well</title></head><body><h1>Sleep well</h1>"
      "<section class='byline'><span class='byline__date'>March 20, 2023</span> | "
      "<span class='byline__category'><a href='/wellness'>Wellness &amp; Prevention</a></span>"
      "</section>" BODY "</body></html>", "" },
    { "text/html", "<html><head><title>Sleep well</title></head><body><h1>Sleep well</h1>"
      "<div class='byline'>By <span class='author'>Jane Roe</span> in "
      "<span class='cat-links'><a href='/wellness'>Wellness</a>, <a href='/sleep'>Sleep</a></span>"
      "</div>" BODY "</body></html>", "Jane Roe" },
    /* the author's link ends the name its By line runs on past */
    { "text/html", "<html><head><title>Sleep well</title></head><body><h1>Sleep well</h1>"
      "<div class='meta'><span>by <a href='/author/jane-roe/'>Jane Roe</a></span> "
      "<span><a href='/location/polar-regions'>Global Commons</a></span> "
      "<span>May 2nd 2025</span></div>" BODY "</body></html>", "Jane Roe" },
    /* and so does the author meta; "Jr." stays with the name */
    { "text/html", "<html><head><title>Sleep well</title>"
      "<meta name='author' content='Jane Roe'></head><body><h1>Sleep well</h1>"
      "<p>by Jane Roe Global Commons May 2nd 2025</p>" BODY "</body></html>", "Jane Roe" },
    { "text/html", "<html><head><title>Sleep well</title>"
      "<meta name='author' content='Sam Roe'></head><body><h1>Sleep well</h1>"
      "<p>By Sam Roe Jr.</p><p>May 2nd 2025</p>" BODY "</body></html>", "Sam Roe Jr." },
    /* in plain text, the author box's line of the name alone */
    { "text/plain", "Four technologies against climate change\n"
      "by Jane Roe Global Commons May 2nd 2025 11 mins\n" BODY "About the Author\nJane Roe\n"
      "Jane Roe is a climate professional who writes about the clean energy transition.\n", "Jane Roe" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Links to the authors' pages of the site ("/report/author/ruima/") name
 * the authors where no class or rel does; a name credited as the
 * reviewer just before its link ("<span>Reviewed by</span> <a>") is no
 * author, whatever marks the link. */
static void
test_author_archive_links (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>Free certificates</title></head><body>"
      "<h1>Thousands of free certificates</h1><div class='meta'>"
      "<a href='https://example.org/report/author/ruima/'>Rui Ma</a>, "
      "<a href='https://example.org/report/author/heba/'>Heba Ledwon</a> &amp; "
      "<a href='/report/author/suparn/'>Suparn Patra</a> "
      "<time datetime='2025-11-25T08:04:50+00:00'>Nov 25th, 2025</time></div>" BODY "</body></html>",
      "Rui Ma; Heba Ledwon; Suparn Patra" },
    { "text/html", "<html><head><title>Menopause and sleep</title></head><body>"
      "<h1>Menopause and sleep</h1><p>By <a rel='author' href='/authors/maureen-salamon'>Maureen "
      "Salamon</a></p><p><span>Reviewed by </span><a rel='author' href='/authors/toni-golen-md'>Toni Golen, "
      "MD</a>, Editor in Chief</p>" BODY "</body></html>", "Maureen Salamon" },
    /* the link begins an element that the credit stands before */
    { "text/html", "<html><head><title>Menopause and sleep</title></head><body>"
      "<h1>Menopause and sleep</h1><p>By <a rel='author' href='/authors/maureen-salamon'>Maureen "
      "Salamon</a></p><p>Reviewed by <span class='name'><a rel='author' href='/authors/toni-golen-md'>"
      "Toni Golen</a></span></p>" BODY "</body></html>", "Maureen Salamon" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* An author box at the end links two of the four authors the byline under
 * the headline lists: all four are the authors. */
static void
test_fuller_byline (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>Free courses</title>"
      "<meta name='author' content='Lena Okafor'></head><body>"
      "<h1>Thousands of free courses</h1><p>Lena Okafor, Tomas Lindqvist, Priya Raman &amp; "
      "Daniel Ferreira</p><p>Nov 25th, 2025</p>" BODY
      "<div class='about'><p><a href='/report/author/lena/'>Lena Okafor</a></p>"
      "<p>Lena writes about online learning.</p>"
      "<p><a href='/report/author/tomas/'>Tomas Lindqvist</a></p>"
      "<p>Tomas studies computer science.</p></div></body></html>",
      "Lena Okafor; Tomas Lindqvist; Priya Raman; Daniel Ferreira" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A co-author reads as a name: a "By:" label over lines also takes the
 * category under the byline's name ("Design Style") for one. A particle
 * inside a name is no common word ("van der" of "Marna van der Merwe"). */
static void
test_coauthors_read_as_names (void)
{
  static const Case cases[] = {
    { "text/plain", "Home\nRenovation\nKitchen Renovation Trends and Why They Are Smart\nBy:\n"
      "Maple Street Editorial Team\nDesign Style\n8/1/2025\n" BODY, "Maple Street Editorial Team" },
    { "text/html", "<html><head><title>Trends</title></head><body><h1>Kitchen trends</h1>"
      "<p>By Dieter Veldsman and Dr Marna van der Merwe</p><p>March 3, 2025</p><p>" BODY
      "</p></body></html>", "Dieter Veldsman; Dr Marna van der Merwe" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The JSON-LD names the first of a byline's authors alone: when every
 * text byline naming her names the others too, they are co-authors. A
 * byline naming her alone elsewhere on the page keeps her alone (a
 * review's testers credited in one section). */
#define FIRST_AUTHOR_JSON_LD \
  "<script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": " \
  "\"Eleven HR trends\", \"author\": {\"@type\": \"Person\", \"name\": " \
  "\"Hanna Lindberg\"}, \"datePublished\": \"2025-03-03\"}</script>"

static void
test_lone_author_byline (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>Eleven HR trends</title>" FIRST_AUTHOR_JSON_LD
      "</head><body><h1>Eleven HR trends</h1>"
      "<p>Written by Hanna Lindberg, Tobias Meyer, Joris van Aalst</p><p>March 3, 2025</p>" BODY
      "</body></html>", "Hanna Lindberg; Tobias Meyer; Joris van Aalst" },
    { "text/html", "<html><head><title>Eleven HR trends</title>" FIRST_AUTHOR_JSON_LD
      "</head><body><h1>Eleven HR trends</h1><p>By Hanna Lindberg</p><p>March 3, 2025</p>" BODY
      "<h2>How we tested</h2><p>By Hanna Lindberg and Tobias Meyer</p>" BODY
      "</body></html>", "Hanna Lindberg" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Whoever updated, reviewed or checked the article is credited, not its
 * author: the credit may stand before a link's ancestor ("Updated by
 * <span><a>Jon Linkov</a></span>" inside itemprop=author) or start a
 * line of a byline block. */
static void
test_credits_not_authors (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><title>Car maintenance</title></head><body>"
      "<h1>Your car maintenance checklist</h1><div class='byline-wrapper'><span class='author-name'>"
      "<span itemprop='author'><span class='byline-author'>By <a href='/our-experts/benjamin-preston/'>"
      "Benjamin Preston</a></span></span>"
      "<span itemprop='author' class='byline-contributors'><span class='byline-contributors__group'>"
      "Updated by <span class='byline-name__item'><a href='/our-experts/jon-linkov/'>Jon Linkov</a>"
      "</span></span></span></span></div>" BODY "</body></html>", "Benjamin Preston" },
    { "text/html", "<html><head><title>Plant-based diets</title></head><body>"
      "<h1>A beginner's guide to plant-based diets</h1><div class='byline'>By Jillian Kubala<br>"
      "Medically reviewed by Kim Rose-Francis<br>Fact checked by: Ryan Raman</div>" BODY
      "</body></html>", "Jillian Kubala" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A site's front page lists its stories: their bylines are not the
 * page's. The same story under its own address has its author. */
#define FRONT_PAGE(url) \
  "<html><head><title>Tech news</title><link rel='canonical' href='" url "'></head><body>" \
  "<h1>Netflix uses a new scheduler</h1><p>By Harshad Sane</p><p>Our fleet runs thousands " \
  "of containers on every host, and a new scheduler made them faster; here is how we did it, " \
  "and what we measured along the way.</p></body></html>"

static void
test_front_page (void)
{
  static const Case cases[] = {
    { "text/html", FRONT_PAGE ("https://techblog.example.com/"), "" },
    { "text/html", FRONT_PAGE ("https://techblog.example.com/new-scheduler-5fb3"), "Harshad Sane" },
    /* a query may name a post */
    { "text/html", FRONT_PAGE ("https://techblog.example.com/?p=5130"), "Harshad Sane" },
    /* a path whose slashes were escaped is still a path */
    { "text/html", FRONT_PAGE ("https://techblog.example.com%2Fposts%2Fnew-scheduler"), "Harshad Sane" },
    { "text/html", FRONT_PAGE ("https://user@techblog.example.com:8080/"), "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A lone lower-case English word is a label or a phrase, not a user
 * name: "by continent" over a list, a bookmark menu's "caches" inside a
 * link aggregator's byline; a user name that is no word stays. */
static void
test_english_words_not_names (void)
{
  static const Case cases[] = {
    { "text/plain", "Countries of the world\nby continent\n" BODY, "" },
    { "text/html", "<html><head><title>Rust project goals</title></head><body>"
      "<h1>Rust project goals for 2024</h1><div class='byline'><span>via</span> "
      "<a class='u-author h-card' href='/~scvalex'>scvalex</a> <time datetime='2024-08-12 "
      "10:00:23'>1 year ago</time> | <span class='caches'>caches</span></div>" BODY
      "</body></html>", "scvalex" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* An acronym that is all the name ("CDC") keeps its capitals; a name in
 * capitals gets proper case. */
static void
test_acronym_kept (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><meta property='og:type' content='article'>"
      "<meta property='article:published_time' content='2024-03-02'></head><body>"
      "<h1>Flu season is here</h1><div class='byline'>By <span class='author'>CDC</span></div>"
      BODY "</body></html>", "CDC" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A name that starts with "The" is an organisation's: beside persons
 * in one author field, no co-author. In plain text a team's name keeps
 * its "The". */
static void
test_the_organisation (void)
{
  static const Case cases[] = {
    { "text/html", "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
      "\"datePublished\":\"2025-12-19\",\"author\":{\"@type\":\"Person\",\"name\":"
      "\"Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal\"}}</script></head><body>"
      "<h1>World Meditation Day</h1><div class='byline'><span class='author'>Manoj Jain and "
      "Jagpreet Chhatwal</span> | Guest Columnists</div>" BODY "</body></html>",
      "Manoj Jain; Jagpreet Chhatwal" },
    { "text/plain", "Puppy training basics\nAugust 12, 2025 By The Diggs Team\n" BODY, "The Diggs Team" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* "Contributors:" names the authors as "Authors:" does; the author's
 * name in the strip that also holds the share buttons is read. */
static void
test_contributors_and_share_strip (void)
{
  static const Case cases[] = {
    { "text/html", "<html><body><h1>Houseplants for dim rooms</h1><div class='tags'>"
      "<strong>Contributors:</strong> Janet Loughrey</div>" BODY "</body></html>",
      "Janet Loughrey" },
    { "text/html", "<html><body><h1>Five climate projects</h1>"
      "<div class='LongFormArticle_socialContainer__0RGo1'><div class='Author_wrapper__TpbI2'>"
      "<p class='Author_author__4ceOm'>Nick van Mead</p></div>"
      "<a href='https://twitter.com/share'>Share</a></div>" BODY "</body></html>",
      "Nick van Mead" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

#define POST_TEXT "I am just getting back into using Docker after a few years away, and the " \
                  "resolver in my containers points at an address I do not recognise. Two " \
                  "containers on the same network cannot find each other by name, and I do not " \
                  "see why, since the documentation says they should.\n"

/* A thread flattened to text, each post under its poster's name and
 * date on one line: the first poster started it; the category above is
 * no name. */
static void
test_post_lines (void)
{
  static const Case cases[] = {
    { "text/plain", "Docker Community Forums\nConfusing resolver structure in Docker Desktop\nNetworking\n"
      "amondale (Amondale) November 8, 2024, 7:33pm 1\n" POST_TEXT
      "rimelek (Akos Takacs) November 8, 2024, 8:42pm 2\n" POST_TEXT
      "meyay November 9, 2024, 1:02am 3\n" POST_TEXT
      "rimelek (Akos Takacs) November 9, 2024, 9:15am 4\n" POST_TEXT, "amondale" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A paper's authors on one line under its title; one name no list of
 * first names holds under a "Written by" label. */
static void
test_name_lists_and_bare_names (void)
{
  static const Case cases[] = {
    { "text/plain", "The information bottleneck method\n"
      "Naftali Tishby, Fernando C. Pereira, William Bialek\n24 Apr 2000\n" BODY,
      "Naftali Tishby; Fernando C. Pereira; William Bialek" },
    { "text/plain", "What is an online training course?\nPosted on Nov 21, 2018\nWritten by\n"
      "Eliz - Product marketer\n" BODY, "Eliz" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The kind of piece before "by": a recipe's, a guide's, an interview's
 * or a board's post's author. */
static void
test_kind_by_labels (void)
{
  static const Case cases[] = {
    { "text/plain", "Easy everyday sourdough bread\nRecipe by PJ Hamel\n67 Reviews\n" BODY, "PJ Hamel" },
    { "text/plain", "The best gaming mice\nGuide by Will Judd Former Deputy Tech Editor\n"
      "Updated on Jan. 16, 2026\n" BODY, "Will Judd" },
    { "text/plain", "Award-winning novels of 2025\nInterview by Sylvia Bishop\n" BODY, "Sylvia Bishop" },
    { "text/plain", "Which index fund?\nPost by galitsyn \xc2\xbb 11. Sep 2024, 18:36\n" BODY, "galitsyn" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* "by X ( 1040042 ) writes:" heads a comment that quotes it, however
 * many comments there are: the story's "Posted by" names its author. */
static void
test_comment_headers (void)
{
  GString *page = g_string_new ("Stanford computer science grads find their degrees less valuable\n"
                                "Posted by BeauHD on Friday December 19, 2025 @08:00PM "
                                "from the skewed-job-market dept.\n" BODY);
  Case cases[1];

  for (guint i = 0; i < 12; i++)
    g_string_append_printf (page, "Re:The market (Score:%u)\nby Zuck Enabler ( 10503068 ) writes:\n"
                            "I do not think the degree is the problem; the market is.\n", i % 5);
  cases[0] = (Case) { "text/plain", page->str, "BeauHD" };
  check_cases (cases, 1);
  g_string_free (page, TRUE);
}

/* A question's asker on a Stack Exchange page flattened: the name under
 * "asked DATE" and over the reputation line, whatever the handle; not
 * those who answered. */
static void
test_question_asker (void)
{
  static const Case cases[] = {
    { "text/plain", "How do I make a sphere in Blender?\nAsked 11 years, 9 months ago\nViewed 32k times\n"
      BODY "Share\nImprove this question\nFollow\nedited Feb 4, 2014 at 14:21\nKevin\n"
      "26.3k2323 gold badges129129 silver badges164164 bronze badges\nasked Feb 4, 2014 at 13:02\n"
      "Vader\n6,79688 gold badges3434 silver badges4747 bronze badges\n4 Answers\n" BODY
      "answered Feb 4, 2014 at 13:30\nIan Harvey\n1,10011 gold badge88 silver badges1616 bronze badges\n"
      BODY "answered Feb 5, 2014 at 09:12\nIan Harvey\n1,10011 gold badge88 silver badges1616 bronze badges\n",
      "Vader" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

#define JULIETTE_PAGE(meta) \
  "<html><head><title>Serverless computing explained</title>" \
  "<meta property='og:type' content='article'>" meta \
  "<meta property='article:published_time' content='2025-03-02'></head><body>" \
  "<h1>Serverless computing explained</h1>" \
  "<p>By <a rel='author' href='/author/juliette'>Juliette</a></p>" \
  "<p>Serverless computing lets a team run code without managing servers, paying only for the " \
  "time the code runs, and it changes how applications are built and deployed.</p>" \
  "<p>It suits bursty workloads and small teams, but it brings cold starts, limits on how long " \
  "a function may run, and a bill that is hard to predict.</p>" \
  "<div class='author-box'><p><a href='/author/juliette'>Juliette Carreiro</a></p>" \
  "<p>Juliette is a technology writer who covers cloud infrastructure and developer tools. " \
  "She has written about software for ten years.</p></div></body></html>"

/* A first name alone ("By Juliette", an author meta) and the full name
 * (the author box) are one person: reported once, by the full name. */
static void
test_full_name_once (void)
{
  static const Case cases[] = {
    { "text/html", JULIETTE_PAGE (""), "Juliette Carreiro" },
    { "text/html", JULIETTE_PAGE ("<meta name='author' content='Juliette'>"), "Juliette Carreiro" },
    /* on the site of a person whose name its host spells, her first name
     * is her */
    { "text/html", "<html><head><title>Best yoga mats</title>"
      "<link rel='canonical' href='https://www.brettlarkin.com/best-yoga-mats/'>"
      "<meta property='og:type' content='article'>"
      "<meta property='article:published_time' content='2024-10-22'>"
      "<meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='Brett'>"
      "</head><body><h1>Best yoga mats</h1>" LONG_BODY
      "<footer><p>&copy; 2024 Brett Larkin. All rights reserved.</p></footer></body></html>",
      "Brett Larkin" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/byline/authors/thread-starter-after-name", test_thread_starter_after_name);
  g_test_add_func ("/byline/authors/author-box", test_author_box);
  g_test_add_func ("/byline/authors/name-over-role", test_name_over_role);
  g_test_add_func ("/byline/authors/name-and-affiliation", test_name_and_affiliation);
  g_test_add_func ("/byline/authors/not-author-boxes", test_not_author_boxes);
  g_test_add_func ("/byline/authors/unseen-meta-on-article", test_unseen_meta_on_article);
  g_test_add_func ("/byline/authors/noscript-thread", test_noscript_thread);
  g_test_add_func ("/byline/authors/reply-authors", test_reply_authors);
  g_test_add_func ("/byline/authors/update-dated-text", test_update_dated_text);
  g_test_add_func ("/byline/authors/particles-in-name-line", test_particles_in_name_line);
  g_test_add_func ("/byline/authors/by-single-name", test_by_single_name);
  g_test_add_func ("/byline/authors/first-post", test_first_post);
  g_test_add_func ("/byline/authors/numbered-posts", test_numbered_posts);
  g_test_add_func ("/byline/authors/title-by-poster", test_title_by_poster);
  g_test_add_func ("/byline/authors/glued-post-meta", test_glued_post_meta);
  g_test_add_func ("/byline/authors/separated-line", test_separated_line);
  g_test_add_func ("/byline/authors/visible-over-unseen-pair", test_visible_over_unseen_pair);
  g_test_add_func ("/byline/authors/names-extended-and-cut", test_names_extended_and_cut);
  g_test_add_func ("/byline/authors/undated-text", test_undated_text);
  g_test_add_func ("/byline/authors/author-card-in-nav", test_author_card_in_nav);
  g_test_add_func ("/byline/authors/two-bylines-list", test_two_bylines_list);
  g_test_add_func ("/byline/authors/author-attribute", test_author_attribute);
  g_test_add_func ("/byline/authors/name-date-late-headline", test_name_date_late_headline);
  g_test_add_func ("/byline/authors/option-not-author", test_option_not_author);
  g_test_add_func ("/byline/authors/headline-not-author", test_headline_not_author);
  g_test_add_func ("/byline/authors/titles-not-names", test_titles_not_names);
  g_test_add_func ("/byline/authors/categories-after-date", test_categories_after_date);
  g_test_add_func ("/byline/authors/meta-lists-and-placeholders", test_meta_lists_and_placeholders);
  g_test_add_func ("/byline/authors/descriptions-not-names", test_descriptions_not_names);
  g_test_add_func ("/byline/authors/glued-words-and-titles", test_glued_words_and_titles);
  g_test_add_func ("/byline/authors/personal-site", test_personal_site);
  g_test_add_func ("/byline/authors/doubled-name", test_doubled_name);
  g_test_add_func ("/byline/authors/greetings-not-names", test_greetings_not_names);
  g_test_add_func ("/byline/authors/forum-widgets-not-names", test_forum_widgets_not_names);
  g_test_add_func ("/byline/authors/byline-categories-not-names", test_byline_categories_not_names);
  g_test_add_func ("/byline/authors/author-archive-links", test_author_archive_links);
  g_test_add_func ("/byline/authors/fuller-byline", test_fuller_byline);
  g_test_add_func ("/byline/authors/coauthors-read-as-names", test_coauthors_read_as_names);
  g_test_add_func ("/byline/authors/lone-author-byline", test_lone_author_byline);
  g_test_add_func ("/byline/authors/credits-not-authors", test_credits_not_authors);
  g_test_add_func ("/byline/authors/front-page", test_front_page);
  g_test_add_func ("/byline/authors/english-words-not-names", test_english_words_not_names);
  g_test_add_func ("/byline/authors/acronym-kept", test_acronym_kept);
  g_test_add_func ("/byline/authors/the-organisation", test_the_organisation);
  g_test_add_func ("/byline/authors/contributors-and-share-strip", test_contributors_and_share_strip);
  g_test_add_func ("/byline/authors/post-lines", test_post_lines);
  g_test_add_func ("/byline/authors/kind-by-labels", test_kind_by_labels);
  g_test_add_func ("/byline/authors/comment-headers", test_comment_headers);
  g_test_add_func ("/byline/authors/question-asker", test_question_asker);
  g_test_add_func ("/byline/authors/name-lists-and-bare-names", test_name_lists_and_bare_names);
  g_test_add_func ("/byline/authors/full-name-once", test_full_name_once);
  return g_test_run ();
}
