<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editorial layers of the reading text. Three hands can speak in a text: its author, the editor of
  the source we print from, and this edition. Each kind of intervention (insertion, correction,
  gap) gets one visible convention per hand, explained in the legend (t:legend) of every text:
  - insertion by the source's editor or the author: brackets as printed, on a tinted ground;
  - insertion supplied by this edition: ⟨angle brackets⟩ (Leiden convention), green;
  - correction by this edition: dotted underline; the digitised source's reading on demand;
  - gap: […] with the reason in its tooltip.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xmlns:t="urn:tei-edition:template"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <!-- Whose hand an intervention is: 'edition', 'author' or 'source-editor'. -->
  <xsl:function name="f:layer" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="default" as="xs:string"/>
    <xsl:variable name="resp" select="for $token in tokenize(normalize-space($element/@resp), ' ')
      return f:pointer-id($token, $element)"/>
    <xsl:variable name="authors" select="f:text-authors(root($element)) ! f:person-ids(.)"/>
    <xsl:sequence select="
      if ($resp = 'edition') then 'edition'
      else if (exists($resp) and $resp = $authors) then 'author'
      else if (exists($resp)) then 'source-editor'
      else $default"/>
  </xsl:function>

  <xsl:function name="f:layer-label" as="xs:string">
    <xsl:param name="layer" as="xs:string"/>
    <xsl:sequence select="map { 'edition' : 'this edition', 'author' : 'the author',
      'source-editor' : 'the source’s editor' }($layer)"/>
  </xsl:function>

  <!-- Insertions printed in the source (its brackets kept as printed). -->
  <xsl:template match="seg[@type = 'editorial']" mode="m:body">
    <xsl:variable name="layer" select="f:layer(., 'source-editor')"/>
    <span class="insertion layer-{$layer}"
          title="Inserted by {f:layer-label($layer)}{if (@resp) then ' (' || f:resp-names(@resp) || ')' else ''}">
      <xsl:apply-templates mode="m:body"/>
    </span>
  </xsl:template>

  <!-- Text supplied where the source has none: this edition's angle brackets, the others' as printed. -->
  <xsl:template match="supplied" mode="m:body">
    <xsl:variable name="layer" select="f:layer(., 'edition')"/>
    <span class="supplied layer-{$layer}" title="Supplied by {f:layer-label($layer)}{if (@reason) then ': ' || @reason else ''}">
      <xsl:if test="$layer = 'edition'"><span class="bracket" aria-hidden="true">⟨</span></xsl:if>
      <xsl:apply-templates mode="m:body"/>
      <xsl:if test="$layer = 'edition'"><span class="bracket" aria-hidden="true">⟩</span></xsl:if>
    </span>
  </xsl:template>

  <!-- Corrections: our reading shown, the digitised source's beside it on demand (CSS, no script). -->
  <xsl:template match="choice" mode="m:body">
    <span class="choice">
      <xsl:apply-templates select="corr | reg | expan" mode="m:body"/>
      <xsl:apply-templates select="sic | orig | abbr" mode="m:body"/>
    </span>
  </xsl:template>

  <xsl:template match="choice/corr | choice/reg | choice/expan" mode="m:body">
    <xsl:variable name="layer" select="f:layer(., 'edition')"/>
    <span class="{local-name()} layer-{$layer}{if (normalize-space(.) = '' and not(*)) then ' empty' else ''}"
          title="{if (self::corr) then 'Corrected by ' || f:layer-label($layer) else 'Regularised by ' || f:layer-label($layer)}">
      <xsl:apply-templates mode="m:body"/>
    </span>
  </xsl:template>

  <!-- The digitised source's reading (OCR errors included): hidden until asked for, never indexed.
       The words around it ("digitised source reads") come from the style sheet, so they are read
       out only when the reading is shown. -->
  <xsl:template match="choice/sic | choice/orig | choice/abbr" mode="m:body">
    <span class="{local-name()}" data-pagefind-ignore="all"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <xsl:template match="sic[not(parent::choice)]" mode="m:body">
    <span class="sic-kept" title="Sic: printed so in the source"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <xsl:template match="gap" mode="m:body">
    <xsl:variable name="layer" select="f:layer(., 'source-editor')"/>
    <span class="gap layer-{$layer}" title="Gap marked by {f:layer-label($layer)}{if (@reason) then ': text ' || @reason else ''}">[…<xsl:if test="node()"><xsl:text> </xsl:text><xsl:apply-templates mode="m:body"/></xsl:if>]</span>
  </xsl:template>

  <xsl:template match="unclear" mode="m:body">
    <span class="unclear" title="Unclear in the source"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <!-- The legend of a text: every layer and mark that occurs in it, each with a sample. -->
  <xsl:template name="t:legend">
    <xsl:param name="text" as="element(text)"/>
    <xsl:variable name="notes" select="$text//note"/>
    <xsl:variable name="insertions" select="$text//seg[@type = 'editorial'] ! f:layer(., 'source-editor')"/>
    <xsl:variable name="supplied" select="$text//supplied ! f:layer(., 'edition')"/>
    <details class="legend" data-pagefind-ignore="all">
      <summary>How to read this text: who says what</summary>
      <dl>
        <dt><span class="sample">Plain text</span></dt>
        <dd>The text as the source prints it: the author’s words, with the source’s own punctuation and brackets.</dd>
        <xsl:if test="$text//pb">
          <dt><span class="sample pb-sample">p. 74</span></dt>
          <dd>A page of the printed source begins here; the page number is a link to that place.</dd>
        </xsl:if>
        <xsl:if test="$insertions = 'source-editor'">
          <dt><span class="sample insertion layer-source-editor">[word]</span></dt>
          <dd>Inserted by the <strong>source’s editor</strong> (named in the tooltip); the brackets are printed in the source.</dd>
        </xsl:if>
        <xsl:if test="$insertions = 'author'">
          <dt><span class="sample insertion layer-author">[word]</span></dt>
          <dd>Inserted by the <strong>author</strong> into a text he quotes; the brackets are printed in the source.</dd>
        </xsl:if>
        <xsl:if test="$insertions = 'edition' or $supplied = 'edition'">
          <dt><span class="sample supplied layer-edition"><span class="bracket">⟨</span>word<span class="bracket">⟩</span></span></dt>
          <dd>Supplied by <strong>this edition</strong> where the source has nothing; the angle brackets are ours.</dd>
        </xsl:if>
        <xsl:if test="$text//choice">
          <dt><span class="sample corr">word</span></dt>
          <dd>Corrected by <strong>this edition</strong> (a misprint or an error of the digitisation). Every
            correction is recorded; the box above the text shows what the digitised source reads, OCR errors included.</dd>
        </xsl:if>
        <xsl:if test="$text//gap">
          <dt><span class="sample gap">[…]</span></dt>
          <dd>A gap: text missing from the source or left out (the reason is in the tooltip).</dd>
        </xsl:if>
        <xsl:if test="$text//date">
          <dt><span class="sample date-sample">March 5</span></dt>
          <dd>A date, as printed; its normalised value (Gregorian, ISO) is in the tooltip and on the chronology.</dd>
        </xsl:if>
        <xsl:if test="$text//persName[@ref | @key]">
          <dt><span class="sample person-sample">Lenin</span></dt>
          <dd>A person: the link leads to the register of persons.</dd>
        </xsl:if>
        <xsl:for-each select="distinct-values($notes ! string((@type, 'other')[1]))">
          <dt><span class="sample noteref noteref-{.}"><span class="sample-marker">1</span></span></dt>
          <dd>{f:note-kind-of(.)}: the number leads to the note at the end of the text.</dd>
        </xsl:for-each>
      </dl>
    </details>
  </xsl:template>

</xsl:stylesheet>
