<?xml version="1.0" encoding="UTF-8"?>
<!-- General functions: pointers, links, text metadata and the reading order of the edition. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:f="urn:tei-edition:function"
  xmlns:c="urn:tei-edition:catalogue"
  xmlns:err="urn:tei-edition:error"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:include href="metadata.xsl"/>

  <xsl:key name="f:by-id" match="*[@xml:id]" use="string(@xml:id)"/>
  <!-- Entries of the catalogue (xslt/data/catalogue.xsl) by text id. Saxon-JS keeps a key's index
       with the document, so the catalogue, shared by every page, is indexed once per build. -->
  <xsl:key name="f:catalogue-text" match="c:text" use="string(@id)"/>
  <!-- Texts by source and the first word of their title as a chronicle cites it (xslt/common/chronicle.xsl). -->
  <xsl:key name="f:catalogue-by-cited-start" match="c:text[@cited-as]" use="@source || ' ' || tokenize(@cited-as)[1]"/>

  <!-- Expand a private URI (per:lenin) through the prefixDefs of the document it occurs in. -->
  <xsl:function name="f:expand-pointer" as="xs:string">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="prefix" select="substring-before($pointer, ':')"/>
    <!-- A direct path, not a key: a key would index every corpus document on first use. -->
    <xsl:variable name="definition" select="root($context)/TEI/teiHeader/encodingDesc/listPrefixDef/prefixDef[@ident = $prefix][1]"/>
    <xsl:sequence select="
      if ($definition and matches(substring-after($pointer, ':'), '^' || $definition/@matchPattern || '$'))
      then replace(substring-after($pointer, ':'), '^' || $definition/@matchPattern || '$', $definition/@replacementPattern)
      else $pointer"/>
  </xsl:function>

  <!-- The id a pointer points at: the fragment, or the file name without .xml when it has none. -->
  <xsl:function name="f:pointer-id" as="xs:string">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="expanded" select="f:expand-pointer($pointer, $context)"/>
    <xsl:sequence select="
      if (contains($expanded, '#')) then substring-after($expanded, '#')
      else replace(replace($expanded, '^.*/', ''), '\.xml$', '')"/>
  </xsl:function>

  <!-- The persons of the register a name (persName, author, sender …) stands for: those its @ref
       points at, else the one its @key names. -->
  <xsl:function name="f:person-ids" as="xs:string*">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="if ($name/@ref) then f:ref-person-ids($name/@ref) else $name/@key ! f:key-person-id(.)"/>
  </xsl:function>

  <!-- The register ids a @ref (or @resp, @who …) points at, keeping only those that are persons. -->
  <xsl:function name="f:ref-person-ids" as="xs:string*">
    <xsl:param name="refs" as="attribute()?"/>
    <xsl:sequence select="for $token in tokenize(normalize-space($refs), ' ')
      return f:pointer-id($token, $refs)[exists(f:person(.))]"/>
  </xsl:function>

  <!-- A @key is the project's own key, not a pointer (TEI: "an externally-defined means of
       identifying"): it names a person of the register by its xml:id or by its @n, as registers such
       as the Escher letters' do (persName key="Beckh August von", person n="Beckh August von"). -->
  <xsl:key name="f:by-n" match="person[@xml:id] | personGrp[@xml:id]" use="normalize-space(@n)"/>
  <xsl:function name="f:key-person-id" as="xs:string?">
    <xsl:param name="key" as="attribute()"/>
    <xsl:sequence select="(f:person(string($key)), key('f:by-n', normalize-space($key), $persons))[1]/@xml:id ! string(.)"/>
  </xsl:function>

  <xsl:function name="f:person" as="element()?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="key('f:by-id', $id, $persons)[self::person | self::personGrp][1]"/>
  </xsl:function>

  <!-- A person's or body's display name for an id from persons.xml; the id itself when unknown. -->
  <xsl:function name="f:agent-name" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="agent" select="key('f:by-id', $id, $persons)"/>
    <xsl:sequence select="normalize-space(($agent/persName[@type = 'reg'], $agent/persName, $agent/orgName, $id)[1])"/>
  </xsl:function>

  <!-- The names of everyone a @resp names, joined for display. -->
  <xsl:function name="f:resp-names" as="xs:string">
    <xsl:param name="resp" as="attribute()?"/>
    <xsl:sequence select="string-join(for $token in tokenize(normalize-space($resp), ' ')
      return f:agent-name(f:pointer-id($token, $resp)), ', ')"/>
  </xsl:function>

  <!-- A source (biblStruct) or another reference (bibl) of sources.xml. -->
  <xsl:function name="f:source" as="element()?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="key('f:by-id', $id, $sources)[self::biblStruct | self::bibl]"/>
  </xsl:function>

  <!-- Short label of a source: its main title and date, e.g. "Lenin’s Fight Against Stalinism (1975)". -->
  <xsl:function name="f:source-label" as="xs:string">
    <xsl:param name="source" as="element()?"/>
    <xsl:sequence select="if ($source/self::bibl) then f:shorten(normalize-space($source), 90) else f:source-struct-label($source)"/>
  </xsl:function>

  <!-- Cut a text at a word before $length characters. -->
  <xsl:function name="f:shorten" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="length" as="xs:integer"/>
    <xsl:sequence select="if (string-length($text) le $length) then $text
      else replace(substring($text, 1, $length), '\s+\S*$', '') || ' …'"/>
  </xsl:function>

  <xsl:function name="f:source-struct-label" as="xs:string">
    <xsl:param name="source" as="element(biblStruct)?"/>
    <xsl:variable name="title" select="normalize-space(($source/monogr/title[not(@type)], $source/monogr/title, $source/@xml:id)[1])"/>
    <xsl:variable name="part" select="normalize-space($source/analytic/title[1])"/>
    <xsl:variable name="year" select="substring(($source/monogr/imprint/date/@when)[1], 1, 4)"/>
    <xsl:sequence select="string-join(($title, $part[. ne '']), ': ') || (if ($year) then ' (' || $year || ')' else '')"/>
  </xsl:function>

  <!-- Metadata of a text document. -->
  <xsl:function name="f:text-id" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="id" select="string($doc/TEI/@xml:id)"/>
    <xsl:if test="$id = ''">
      <xsl:sequence select="error(QName('urn:tei-edition:error', 'err:missing-document-id'),
        'A text has no TEI/@xml:id, so it cannot have a page: ' || document-uri($doc))"/>
    </xsl:if>
    <xsl:sequence select="$id"/>
  </xsl:function>

  <xsl:function name="f:text-source-id" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="ptr" select="($doc/TEI/teiHeader/fileDesc/sourceDesc/bibl/ptr/@target)[1]"/>
    <xsl:sequence select="$ptr ! f:pointer-id(., $ptr)"/>
  </xsl:function>

  <!-- "pp. 150–151" from the header's page range, empty for web sources. -->
  <xsl:function name="f:text-pages" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="range" select="($doc/TEI/teiHeader/fileDesc/sourceDesc/bibl/citedRange[@unit = 'page'])[1]"/>
    <xsl:sequence select="
      if (not($range)) then ()
      else if ($range/@from and $range/@to and $range/@from ne $range/@to) then 'pp. ' || $range/@from || '–' || $range/@to
      else 'p. ' || ($range/@from, $range/@to, normalize-space($range))[1]"/>
  </xsl:function>

  <!-- Whether the text with this id has a page: every page gets the catalogue, never the corpus. -->
  <xsl:function name="f:has-page" as="xs:boolean">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="exists($catalogue) and exists(key('f:catalogue-text', $id, $catalogue))"/>
  </xsl:function>

  <!-- Path of a text relative to the corpus folder, e.g. texts/pathfinder-1975/pf-x.xml (from the
       catalogue; while the catalogue is made, the file name its id gives). -->
  <xsl:function name="f:document-path" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="id" select="f:text-id($doc)"/>
    <xsl:sequence select="((if (exists($catalogue)) then key('f:catalogue-text', $id, $catalogue)[1]/@path else ()), $id || '.xml')[1]"/>
  </xsl:function>

  <!-- Start of a date element as an ISO date (-?YYYY[-MM[-DD]]), or '' when it has none: times
       ("13:00:00"), month-days (gMonthDay) and malformed values date nothing. -->
  <xsl:function name="f:date-start" as="xs:string">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="((($date/@when, $date/@from, $date/@notBefore, $date/@to, $date/@notAfter) ! f:iso-date(.))[. ne ''], '')[1]"/>
  </xsl:function>

  <!-- The date part of a TEI date value (gYear, gYearMonth, date, dateTime; negative years too), or '';
       an unknown month or day written 00 ("1877-02-00") is left out. -->
  <xsl:function name="f:iso-date" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="pattern" select="'^\s*(-?\d{4,})(-(\d{2}))?(-(\d{2}))?(T\S*|Z|[+\-]\d{2}:\d{2})?\s*$'"/>
    <xsl:variable name="year" select="if (matches($value, $pattern)) then replace($value, $pattern, '$1') else ''"/>
    <xsl:variable name="month" select="if ($year ne '') then replace($value, $pattern, '$3') else ''"/>
    <xsl:variable name="day" select="if ($year ne '') then replace($value, $pattern, '$5') else ''"/>
    <xsl:variable name="month-ok" select="$month ne '' and xs:integer($month) = 1 to 12"/>
    <xsl:sequence select="$year
      || (if ($month-ok) then '-' || $month else '')
      || (if ($month-ok and $day ne '' and xs:integer($day) = 1 to 31) then '-' || $day else '')"/>
  </xsl:function>

  <!-- Year, month and day of an ISO date from f:iso-date (month and day 1 when not given). -->
  <xsl:function name="f:date-parts" as="xs:integer*">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="negative" select="starts-with($iso, '-')"/>
    <xsl:variable name="parts" select="tokenize(if ($negative) then substring($iso, 2) else $iso, '-') ! xs:integer(.)"/>
    <xsl:sequence select="(if ($negative) then -$parts[1] else $parts[1]), ($parts[2], 1)[1], ($parts[3], 1)[1]"/>
  </xsl:function>

  <!-- The sources in the order sources.xml lists them: the first key of the reading order. -->
  <xsl:variable name="f:source-ids" as="xs:string*" select="$sources//biblStruct/@xml:id ! string(.)"/>

  <!-- The texts in reading order (the catalogue's order), and each one's position in it, by
       generate-id() of its catalogue entry. -->
  <xsl:variable name="f:texts" as="element(c:text)*" select="$catalogue/c:catalogue/c:text"/>
  <xsl:variable name="f:text-position" as="map(xs:string, xs:integer)" select="
    map:merge($f:texts ! map { generate-id(.) : position() })"/>

  <!-- Only URLs that cannot run code become links: http(s), mailto and relative ones. -->
  <xsl:function name="f:safe-href" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="cleaned" select="replace(string($url), '[\s\p{Cc}]', '')"/>
    <xsl:variable name="scheme" select="lower-case(replace($cleaned, '^([A-Za-z][A-Za-z0-9+.\-]*):.*$', '$1'))"/>
    <xsl:sequence select="
      if ($cleaned = '') then ()
      else if ($scheme ne lower-case($cleaned)) then (if ($scheme = ('http', 'https', 'mailto')) then $cleaned else ())
      else if (contains($cleaned, ':') and not(contains(substring-before($cleaned, ':'), '/'))) then ()
      else $cleaned"/>
  </xsl:function>

  <!-- Where a TEI pointer leads on the site ($root = path back to the site root), or () when nowhere safe. -->
  <xsl:function name="f:site-href" as="xs:string?">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:param name="root" as="xs:string"/>
    <xsl:variable name="expanded" select="f:expand-pointer($pointer, $context)"/>
    <xsl:variable name="file" select="if (contains($expanded, '#')) then substring-before($expanded, '#') else $expanded"/>
    <xsl:variable name="fragment" select="substring-after($expanded, '#')"/>
    <xsl:variable name="file-id" select="replace(replace($file, '^.*/', ''), '\.xml$', '')"/>
    <xsl:sequence select="
      if (starts-with($expanded, '#')) then f:safe-href($expanded)
      else if ($file-id = 'persons' and exists(f:person($fragment))) then $root || 'persons/' || $fragment || '.html'
      else if (ends-with($file, '.xml') and f:has-page($file-id))
        then $root || 'texts/' || $file-id || '.html' || (if ($fragment) then '#' || $fragment else '')
      else if (matches($file, '^[a-z]+:', 'i')) then f:safe-href($expanded)
      else ()"/>
  </xsl:function>

  <!-- BibTeX-safe text. -->
  <xsl:function name="f:bibtex-escape" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="replace(replace(normalize-space($text), '([{}\\])', '\\$1'), '([%&amp;#$_])', '\\$1')"/>
  </xsl:function>

  <!-- Words of a text for comparing titles: lower case, letters and digits only, single spaces. -->
  <xsl:function name="f:comparable-words" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="normalize-space(replace(lower-case($text), '[^\p{L}\p{N}]+', ' '))"/>
  </xsl:function>

  <!-- A title as a chronicle cites it: without its subtitle and leading article ("The Foundations
       of Leninism: Lectures …" → "foundations of leninism"), in comparable words; empty for a title
       of fewer than two words, which would match too much. -->
  <xsl:function name="f:cited-as" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="short" select="replace(replace(normalize-space($title), ':\s.*$', ''), '^(The|A|An)\s+', '')"/>
    <xsl:sequence select="if (count(tokenize($short)) ge 2) then f:comparable-words($short) else ''"/>
  </xsl:function>

</xsl:stylesheet>
