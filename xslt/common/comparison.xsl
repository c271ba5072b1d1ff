<?xml version="1.0" encoding="UTF-8"?>
<!--
  The side-by-side view of two witnesses of one text, drawn from their collation (a stand-off TEI
  document made by npm run collate, tei/collation/): the aligned blocks in two columns and, where
  the witnesses print the same translation, every variant place marked in both. The reading of a
  block is the collation's: its words without notes and without the source readings a correction
  replaces, split at white space, so the word positions of the apparatus (app/@loc) fall into place.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:t="urn:tei-edition:template"
  xmlns:c="urn:tei-edition:catalogue"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <!-- Is this document a collation rather than a text? -->
  <xsl:function name="f:is-collation" as="xs:boolean">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="exists($doc/TEI/standOff/linkGrp[@type = 'alignment']) and empty($doc/TEI/text)"/>
  </xsl:function>

  <!-- The collation page that compares a text with its witnesses, if there is one (its id is
       coll- and the first witness's id without its source prefix). -->
  <xsl:function name="f:collation-of" as="element(c:text)?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="witnesses" as="xs:string*"/>
    <xsl:sequence select="(($id, $witnesses) ! key('f:catalogue-text', 'coll-' || replace(., '^[^-]+-', ''), $catalogue))[1]"/>
  </xsl:function>

  <xsl:function name="f:block-words" as="xs:string*">
    <xsl:param name="block" as="element()?"/>
    <xsl:sequence select="tokenize(normalize-space(string-join(
      $block//text()[not(ancestor::note | ancestor::sic | ancestor::orig | ancestor::abbr)], '')), ' ')[. ne '']"/>
  </xsl:function>

  <xsl:template name="t:comparison-page">
    <xsl:variable name="collation" select="."/>
    <xsl:variable name="id" select="f:text-id(.)"/>
    <xsl:variable name="witnesses" select="TEI/teiHeader/fileDesc/sourceDesc//bibl[relatedItem[@type = 'witness']]"/>
    <xsl:variable name="witness-ids" select="$witnesses ! f:pointer-id(relatedItem/@target, relatedItem)"/>
    <!-- Text pages get no corpus: the two witnesses are read from the files the collation names
         (inside the corpus folder, beside it). -->
    <xsl:variable name="witness-docs" select="$witnesses ! doc(resolve-uri(relatedItem/@target, base-uri(.)))"/>
    <xsl:variable name="same" select="TEI/standOff/linkGrp[@type = 'alignment']/@subtype = 'same-translation'"/>
    <xsl:variable name="apps" select="TEI/standOff/listApp/app"/>
    <xsl:result-document href="{$id}.html" format="html">
      <xsl:call-template name="t:page">
        <xsl:with-param name="root" select="'../'" tunnel="yes"/>
        <xsl:with-param name="title" select="f:text-title(.)"/>
        <xsl:with-param name="page-class" select="'page-comparison'"/>
        <xsl:with-param name="content" as="node()*">
          <h1>{f:text-title(.)}</h1>
          <p class="lead">This text is printed in two sources of the edition. Here the two witnesses stand side by
            side, paragraph by paragraph, as aligned by the edition’s automatic collation.
            <xsl:choose>
              <xsl:when test="$same">They print the same translation; the {count($apps)} places where their words
                differ are highlighted in both columns.</xsl:when>
              <xsl:otherwise>They print different translations, so they are aligned by paragraph but not compared
                word by word.</xsl:otherwise>
            </xsl:choose></p>
          <dl class="text-facts">
            <dt>Collation (TEI)</dt>
            <dd><a href="../tei/{key('f:catalogue-text', $id, $catalogue)/@path}" type="application/tei+xml">{key('f:catalogue-text', $id, $catalogue)/@path}</a>
              — the alignment (<code>linkGrp</code>) and the variants (<code>app</code>/<code>rdg</code> with <code>@wit</code>) as data</dd>
          </dl>
          <xsl:if test="$same">
            <p class="comparison-legend"><mark class="variant">word</mark> a word that differs between the witnesses;
              <span class="omission" title="omitted">∅</span> words the other witness has and this one lacks.</p>
          </xsl:if>
          <table class="comparison">
            <caption class="visually-hidden">The two witnesses, block by block</caption>
            <thead>
              <tr>
                <xsl:for-each select="$witness-ids">
                  <xsl:variable name="entry" select="key('f:catalogue-text', ., $catalogue)"/>
                  <th scope="col"><a href="{.}.html">{$entry/@title}</a>
                    <span class="witness-source">{f:source-label(f:source(string($entry/@source)))}</span></th>
                </xsl:for-each>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="TEI/standOff/linkGrp[@type = 'alignment']/link">
                <xsl:variable name="link" select="."/>
                <xsl:variable name="targets" select="tokenize(normalize-space(@target), ' ')"/>
                <xsl:variable name="pair-apps" select="$apps[@corresp = '#' || $link/@xml:id]"/>
                <tr id="{@xml:id}" class="pair pair-{@type}">
                  <xsl:for-each select="$witness-ids">
                    <xsl:variable name="side" select="position()"/>
                    <xsl:variable name="witness-id" select="."/>
                    <xsl:variable name="target" select="$targets[replace(replace(substring-before(., '#'), '^.*/', ''), '\.xml$', '') = $witness-id][1]"/>
                    <td data-witness="{key('f:catalogue-text', $witness-id, $catalogue)/@title}">
                      <xsl:if test="exists($target)">
                        <xsl:variable name="block-id" select="substring-after($target, '#')"/>
                        <xsl:variable name="block" select="key('f:by-id', $block-id, $witness-docs[$side])"/>
                        <xsl:call-template name="t:collated-block">
                          <xsl:with-param name="words" select="f:block-words($block)"/>
                          <xsl:with-param name="apps" select="$pair-apps"/>
                          <xsl:with-param name="side" select="$side"/>
                        </xsl:call-template>
                        <xsl:text> </xsl:text>
                        <a class="to-witness" href="{$witness-id}.html#{$block-id}" aria-label="This paragraph in its text">¶</a>
                      </xsl:if>
                    </td>
                  </xsl:for-each>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <!-- A block's words, the variant ones marked; an omission (an empty reading) marked where it falls. -->
  <xsl:template name="t:collated-block">
    <xsl:param name="words" as="xs:string*"/>
    <xsl:param name="apps" as="element(app)*"/>
    <xsl:param name="side" as="xs:integer"/>
    <xsl:variable name="spans" as="map(*)*" select="for $app in $apps return map {
      'start' : xs:integer(substring(tokenize($app/@loc, ' ')[$side], 2)),
      'length' : count(tokenize(normalize-space($app/rdg[$side]), ' ')[. ne '']),
      'other' : normalize-space($app/rdg[3 - $side]) }"/>
    <xsl:for-each select="0 to count($words)">
      <xsl:variable name="index" select="."/>
      <xsl:for-each select="$spans[?length = 0 and ?start = $index]">
        <span class="omission" title="the other witness reads: {?other}">∅</span><xsl:text> </xsl:text>
      </xsl:for-each>
      <xsl:if test="$index lt count($words)">
        <xsl:variable name="variant" select="$spans[?length gt 0 and ?start le $index and $index lt ?start + ?length][1]"/>
        <xsl:choose>
          <xsl:when test="exists($variant)"><mark class="variant" title="the other witness reads: {($variant?other[. ne ''], '(nothing)')[1]}">{$words[$index + 1]}</mark></xsl:when>
          <xsl:otherwise>{$words[$index + 1]}</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$index + 1 lt count($words)"><xsl:text> </xsl:text></xsl:if>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
