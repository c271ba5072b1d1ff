<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet: the chronology. Every dated text and every dated event of a chronicle, drawn on
  a timeline (SVG) and listed below it; site.js filters both by person and source.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xmlns:t="urn:tei-edition:template"
  xmlns:c="urn:tei-edition:catalogue"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/layout.xsl"/>
  <xsl:import href="../common/render.xsl"/>

  <xsl:mode on-no-match="fail" use-accumulators="#all"/>

  <!-- Timeline geometry (SVG user units). -->
  <xsl:variable name="width" select="1000"/>
  <xsl:variable name="margin" select="40"/>
  <xsl:variable name="lanes" select="6"/>
  <xsl:variable name="lane-height" select="22"/>

  <!-- Decimal year of an ISO date from f:date-start: 1923-03-05 → 1923.17, -0044-03-15 → -43.8 -->
  <xsl:function name="f:decimal-year" as="xs:double">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="parts" select="f:date-parts($iso)"/>
    <xsl:sequence select="$parts[1] + ($parts[2] - 1) div 12 + ($parts[3] - 1) div 365"/>
  </xsl:function>

  <!-- Every dated document that has a page (a header-only file of letters too), in the order of
       their paths. A work printed in two sources is one entry, with both witnesses: texts linked by
       text/@corresp (either way) are witnesses of one work; the first in reading order leads the
       entry. Computed once, from the catalogue. -->
  <xsl:variable name="dated" as="element(c:text)*" select="f:in-path-order($f:texts[@date-start ne ''])"/>
  <xsl:variable name="dated-by-id" as="map(xs:string, element(c:text))" select="map:merge($dated ! map { string(@id) : . })"/>
  <xsl:variable name="corresp-edges" as="array(xs:string)*" select="
    for $text in $dated, $id in $text/c:corresp/@id return [string($text/@id), string($id)]"/>
  <!-- (Grouped: map:merge with 'combine' is quadratic in Saxon-JS; see f:mentions.) -->
  <xsl:variable name="linked" as="map(xs:string, element(c:text)*)">
    <xsl:map>
      <xsl:for-each-group select="$corpus-edges-both" group-by="?1">
        <xsl:map-entry key="current-grouping-key()" select="current-group() ! $dated-by-id(?2)"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>
  <xsl:variable name="corpus-edges-both" as="array(xs:string)*" select="
    ($corresp-edges, $corresp-edges ! [?2, ?1])[map:contains($dated-by-id, ?1) and map:contains($dated-by-id, ?2)]"/>

  <!-- Texts of the catalogue in the order of their paths. -->
  <xsl:function name="f:in-path-order" as="element(c:text)*">
    <xsl:param name="texts" as="element(c:text)*"/>
    <xsl:sequence select="sort($texts, (), function($text) { xs:integer($text/@order) })"/>
  </xsl:function>

  <!-- Whether a dated text is another witness of a text that comes earlier in reading order. -->
  <xsl:function name="f:follows-witness" as="xs:boolean">
    <xsl:param name="text" as="element(c:text)"/>
    <xsl:sequence select="some $other in ($linked(string($text/@id)), ())
      satisfies $f:text-position(generate-id($other)) lt $f:text-position(generate-id($text))"/>
  </xsl:function>

  <!-- All events, sorted by date: maps with date, label, href, source, persons, kind. -->
  <xsl:variable name="events" as="map(*)*">
    <xsl:variable name="all" as="map(*)*">
      <xsl:for-each select="$dated[not(f:follows-witness(.))]">
        <xsl:variable name="witnesses" select="(., ($linked(string(@id)), ()) except .)"/>
        <xsl:sequence select="map {
          'date' : string(@date-start), 'when' : string(@date-label), 'kind' : 'text',
          'label' : @title || (if (exists(c:author-label)) then ' — ' || @authors-label else ''),
          'href' : 'texts/' || @id || '.html', 'source' : string-join($witnesses ! string(@source), ' '),
          'witnesses' : array { $witnesses ! map { 'href' : 'texts/' || @id || '.html',
            'label' : string(@source-label), 'when' : string(@date-label) } },
          'persons' : distinct-values(($witnesses ! c:author/@id ! string(.), f:in-path-order($witnesses) ! tokenize(@named))) }"/>
      </xsl:for-each>
      <!-- Chronicle entries (the digests' events): TEI events, then dated items of a chronicle
           division, each in the order of the texts' paths. -->
      <xsl:variable name="chronicled" select="f:in-path-order($f:texts[c:event])"/>
      <xsl:for-each select="$chronicled ! c:event[@origin = 'event'], $chronicled ! c:event[@origin = 'item']">
        <xsl:sequence select="map {
          'date' : string(@date), 'when' : string(@when), 'kind' : 'event', 'label' : string(@label),
          'href' : string(@href), 'source' : string(@source), 'persons' : tokenize(@persons) }"/>
      </xsl:for-each>
    </xsl:variable>
    <!-- xsl:sort, not sort#3: Saxon-JS evaluates a sort#3 key on every comparison. -->
    <xsl:perform-sort select="$all">
      <xsl:sort select="f:decimal-year(?date)" data-type="number"/>
      <xsl:sort select="?date"/>
    </xsl:perform-sort>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:result-document href="chronology.html" format="html">
      <xsl:call-template name="t:page">
        <xsl:with-param name="root" select="''" tunnel="yes"/>
        <xsl:with-param name="title" select="'Chronology'"/>
        <xsl:with-param name="page-class" select="'page-chronology'"/>
        <xsl:with-param name="content" as="node()*">
          <h1>Chronology</h1>
          <p>Every dated text of the edition and every dated event of its chronicles
            ({count($events[?kind = 'text'])} texts, {count($events[?kind = 'event'])} events).
            Dates are Gregorian (New Style).</p>
          <xsl:call-template name="t:filters"/>
          <xsl:if test="exists($events)">
            <xsl:call-template name="t:timeline"/>
          </xsl:if>
          <ol class="events" id="events">
            <xsl:for-each select="$events">
              <li class="event event-{?kind}" data-source="{?source}" data-persons="{?persons}" data-date="{?date}">
                <span class="event-date">{?when}</span>
                <xsl:text> </xsl:text>
                <span class="event-kind">{if (?kind = 'text') then 'Text' else 'Event'}</span>
                <xsl:text> </xsl:text>
                <a href="{?href}">{?label}</a>
                <xsl:if test="count(?witnesses?*) gt 1">
                  <span class="event-witnesses"> — witnesses:
                    <xsl:for-each select="?witnesses?*">
                      <xsl:if test="position() gt 1">; </xsl:if>
                      <a href="{?href}">{?label}</a><xsl:if test="position() gt 1"> (dated {?when})</xsl:if>
                    </xsl:for-each>
                  </span>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <!-- Filters: hidden until site.js runs (without script the whole list is shown). -->
  <xsl:template name="t:filters">
    <form class="filters" id="chronology-filters" hidden="">
      <label for="filter-person">Person</label>
      <select id="filter-person" name="person">
        <option value="">all persons</option>
        <xsl:for-each select="distinct-values($events?persons)">
          <xsl:sort select="f:agent-name(.)"/>
          <option value="{.}">{f:agent-name(.)}</option>
        </xsl:for-each>
      </select>
      <label for="filter-source">Source</label>
      <select id="filter-source" name="source">
        <option value="">all sources</option>
        <xsl:for-each select="$sources//listBibl/biblStruct">
          <option value="{@xml:id}">{f:source-label(.)}</option>
        </xsl:for-each>
      </select>
      <output id="filter-count" for="filter-person filter-source" aria-live="polite"></output>
    </form>
  </xsl:template>

  <!-- The drawn timeline. Years far apart (the 1920s texts, a 1975 introduction, a 2022 web page)
       are drawn as separate panels, each with its own scale, so that no period is squeezed; in a
       panel, one dot per event, in lanes so that close dates do not overlap. The list below carries
       the same links for keyboard and screen-reader users. -->
  <xsl:template name="t:timeline">
    <xsl:variable name="years" select="sort(distinct-values($events ! f:date-parts(?date)[1]))"/>
    <xsl:variable name="starts" select="for $i in 1 to count($years)
      return $years[$i][$i = 1 or $years[$i] - $years[$i - 1] gt 4]"/>
    <figure class="timeline">
      <xsl:for-each select="$starts">
        <xsl:variable name="index" select="position()"/>
        <xsl:variable name="first" select="."/>
        <xsl:variable name="last" select="max($years[. ge $first][empty($starts[$index + 1]) or . lt $starts[$index + 1]]) + 1"/>
        <xsl:call-template name="t:timeline-panel">
          <xsl:with-param name="first" select="$first"/>
          <xsl:with-param name="last" select="$last"/>
          <xsl:with-param name="events" select="$events[f:decimal-year(?date) ge $first and f:decimal-year(?date) lt $last]"/>
        </xsl:call-template>
      </xsl:for-each>
      <figcaption>Timeline: dark dots are texts, light dots chronicle events; periods far apart are drawn
        as separate panels. Point at a dot for its date and title; the same entries are listed below.</figcaption>
    </figure>
  </xsl:template>

  <xsl:template name="t:timeline-panel">
    <xsl:param name="first" as="xs:integer"/>
    <xsl:param name="last" as="xs:integer"/>
    <xsl:param name="events" as="map(*)*"/>
    <xsl:variable name="span" select="$last - $first"/>
    <xsl:variable name="step" select="([1, 2, 5, 10, 20, 25, 50, 100]?*[$span div . le 12], 100)[1]"/>
    <xsl:variable name="scale" select="($width - 2 * $margin) div $span"/>
    <xsl:variable name="height" select="$lanes * $lane-height + 50"/>
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {$width} {$height}" aria-hidden="true" focusable="false">
      <line x1="{$margin}" y1="{$height - 30}" x2="{$width - $margin}" y2="{$height - 30}" class="axis"/>
      <xsl:for-each select="($first to $last)[(. - $first) mod $step = 0]">
        <xsl:variable name="x" select="$margin + (. - $first) * $scale"/>
        <line x1="{$x}" y1="{$height - 34}" x2="{$x}" y2="{$height - 26}" class="tick"/>
        <text x="{$x}" y="{$height - 10}" text-anchor="middle" class="year">{.}</text>
      </xsl:for-each>
      <xsl:for-each select="$events">
        <xsl:variable name="x" select="round(($margin + (f:decimal-year(?date) - $first) * $scale) * 10) div 10"/>
        <xsl:variable name="y" select="20 + ((position() - 1) mod $lanes) * $lane-height"/>
        <g class="mark mark-{?kind}" data-source="{?source}" data-persons="{?persons}">
          <a href="{?href}" tabindex="-1">
            <title>{?when}: {?label}</title>
            <line x1="{$x}" y1="{$y}" x2="{$x}" y2="{$height - 30}" class="stem"/>
            <circle cx="{$x}" cy="{$y}" r="6"/>
          </a>
        </g>
      </xsl:for-each>
    </svg>
  </xsl:template>

</xsl:stylesheet>
