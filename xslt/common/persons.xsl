<?xml version="1.0" encoding="UTF-8"?>
<!-- Persons: links from the text to the register, and the register's index of mentions. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xmlns:err="urn:tei-edition:error"
  xmlns:t="urn:tei-edition:template"
  xmlns:c="urn:tei-edition:catalogue"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:template match="persName[@ref | @key] | name[@ref | @key] | rs[@ref | @key]" mode="m:body">
    <xsl:param name="root" as="xs:string" tunnel="yes"/>
    <xsl:variable name="ids" select="f:person-ids(.)"/>
    <xsl:choose>
      <xsl:when test="exists($ids)">
        <a class="person" href="{$root}persons/{$ids[1]}.html" data-person="{$ids}"
           title="{string-join($ids ! f:agent-name(.), '; ')}">
          <xsl:apply-templates mode="m:body"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <!-- A key that is not in the register is the project's business; a pointer that leads nowhere is an error. -->
        <xsl:if test="self::persName[@ref]">
          <xsl:message error-code="err:unresolved-person">persName ref="{@ref}" in {f:text-id(root(.))} ({normalize-space(.)}) names no person of the register</xsl:message>
        </xsl:if>
        <span class="name"><xsl:apply-templates mode="m:body"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Every mention in the edition (the digests' mentions in context, xslt/data/digest.xsl), by
       person id, built in one pass over the catalogue. Grouped, not map:merge with 'combine', which
       copies the sequence at every addition in Saxon-JS: quadratic in a person's mentions (20,000
       entries for one key took 19 s). -->
  <xsl:variable name="f:mentions" as="map(xs:string, element(c:kwic)*)">
    <xsl:map>
      <xsl:for-each-group select="$f:texts/c:kwic" group-by="tokenize(@person)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The text of some nodes as read on the page: without the notes below depth $depth (a note's
       own text counts when the note is the context) and without the source's readings (sic, orig,
       abbr) that a correction replaces. -->
  <xsl:function name="f:visible-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:sequence select="string-join($nodes/descendant-or-self::text()
      [not(ancestor::sic | ancestor::orig | ancestor::abbr)]
      [not(ancestor::note[count(ancestor::*) gt $depth])], '')"/>
  </xsl:function>

  <!-- Key word in context: up to ~70 characters either side of the mention, cut at a word. -->
  <xsl:variable name="f:kwic-width" as="xs:integer" select="70"/>

  <xsl:template name="t:kwic">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="context" select="f:context-element($mention)"/>
    <xsl:variable name="depth" select="count($context/ancestor::*)"/>
    <!-- The mention and its ancestors below the context, innermost first: the text either side is
         that of their siblings, nearest first (no need to compare the document order of text nodes). -->
    <xsl:variable name="chain" select="reverse($mention/ancestor-or-self::*[count(ancestor::*) gt $depth])"/>
    <xsl:variable name="before-text" select="f:kwic-text($chain ! reverse(preceding-sibling::node()), $depth, false())"/>
    <xsl:variable name="after-text" select="f:kwic-text($chain ! following-sibling::node(), $depth, true())"/>
    <xsl:variable name="before" select="normalize-space($before-text)"/>
    <xsl:variable name="after" select="normalize-space($after-text)"/>
    <xsl:variable name="left" select="if (string-length($before) le $f:kwic-width) then $before
      else '… ' || replace(substring($before, string-length($before) - $f:kwic-width + 1), '^\S*\s', '')"/>
    <xsl:variable name="right" select="if (string-length($after) le $f:kwic-width) then $after
      else replace(substring($after, 1, $f:kwic-width), '\s\S*$', '') || ' …'"/>
    <!-- A space either side only where the text has one: "Stalin’s" stays one word. -->
    <span class="kwic-left">{$left}{if (matches($before-text, '\s$')) then ' ' else ''}</span>
    <mark class="kwic-key">{normalize-space(f:visible-text($mention, $depth))}</mark>
    <span class="kwic-right">{if (matches($after-text, '^\s')) then ' ' else ''}{$right}</span>
  </xsl:template>

  <!-- The visible text of $nodes (siblings of the mention and of its ancestors, nearest first;
       $forward: those after it), read only as far as the KWIC shows it: once the text read is longer
       than $f:kwic-width when normalised, its normalised form is the end (after the mention: the
       start) of that of all the nodes, so the characters shown, the "…" and the cut at a word are the
       same. Reading a long paragraph or note whole for every mention in it made the person pages slow. -->
  <xsl:function name="f:kwic-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:param name="forward" as="xs:boolean"/>
    <xsl:iterate select="$nodes">
      <xsl:param name="text" as="xs:string" select="''"/>
      <xsl:on-completion select="$text"/>
      <xsl:variable name="read" select="if ($forward) then $text || f:visible-text(., $depth) else f:visible-text(., $depth) || $text"/>
      <xsl:choose>
        <xsl:when test="string-length(normalize-space($read)) gt $f:kwic-width">
          <xsl:break select="$read"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration><xsl:with-param name="text" select="$read"/></xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <xsl:function name="f:life-dates" as="xs:string">
    <xsl:param name="person" as="element(person)"/>
    <xsl:variable name="birth" select="($person/birth/(@when, @notBefore, @notAfter), $person/birth)[1] ! normalize-space(.)"/>
    <xsl:variable name="death" select="($person/death/(@when, @notBefore, @notAfter), $person/death)[1] ! normalize-space(.)"/>
    <xsl:sequence select="if (empty(($birth, $death))) then '' else ($birth, '?')[1] || '–' || ($death, '')[1]"/>
  </xsl:function>

</xsl:stylesheet>
