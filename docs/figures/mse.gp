# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './mse.png'
set terminal pngcairo size 1000,1518 font 'DejaVu Sans,10' noenhanced
set output cs_output
set termoption noenhanced
set linetype 1 lc rgb '#0072B2' lw 2 pt 7 ps 1.2
set linetype 2 lc rgb '#D55E00' lw 2 pt 5 ps 1.1
set linetype 3 lc rgb '#009E73' lw 2 pt 9 ps 1.3
set linetype 4 lc rgb '#E69F00' lw 2 pt 11 ps 1.3
set linetype 5 lc rgb '#CC79A7' lw 2 pt 13 ps 1.3
set linetype 6 lc rgb '#56B4E9' lw 2 pt 15 ps 1.2
set linetype 7 lc rgb '#F0E442' lw 2 pt 7 ps 1.2
set linetype 8 lc rgb '#000000' lw 2 pt 5 ps 1.1
set linetype cycle 8
set border 3 lc rgb '#404040'
set tics nomirror textcolor rgb '#202020'
set grid lc rgb '#E0E0E0' lw 1 dt 1
set key noenhanced
set multiplot title 'How many people the lists missed: estimated totals' font ',13'
unset label
unset arrow
unset logscale
set origin 0,0.808959
set size 1,0.158103
set title 'Almaty: 1,424 people named' noenhanced font ',11'
set bmargin 3.2
set tmargin 2.5
set yrange [0.4:4.6]
set link y2
set grid noytics xtics
unset mytics
set xrange [1370.6518395528774:2544.3113693895771]
set xtics ( \
    '1,400' 1400, \
    '1,600' 1600, \
    '1,800' 1800, \
    '2,000' 2000, \
    '2,200' 2200, \
    '2,400' 2400) nomirror noenhanced
set lmargin at screen 0.1920
set rmargin at screen 0.7590
set xlabel 'people' noenhanced
set ylabel '' noenhanced
set ytics ( \
    '12,13,4' 4, \
    '12,13,34' 3, \
    '12,13,14' 2, \
    'Chao''s lower bound' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '2,266 (2,128–2,421)  · best BIC' 4, \
    '2,310 (2,153–2,491)  · BIC +5.6' 3, \
    '2,176 (2,008–2,380)  · BIC +5.7' 2, \
    '≥ 1,930 (1,843–2,035)' 1) scale 0 noenhanced
set arrow from first 1424, graph 0 to first 1424, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
unset key
$dots1 << CASESTAT_EOD
0 4 2265.8544833987708 2128.4160933734734 2421.0354131270706
1 3 2309.9859046292208 2153.1986172827128 2490.9632089424545
2 2 2175.9403690465479 2007.771332149458 2380.3451584065288
CASESTAT_EOD
$dots2 << CASESTAT_EOD
0 1 1930.0204248366013 1843.3200858373198 2034.6472811587532
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle, \
     $dots2 using 3:2:4:5 with xerrorbars lt 2 lw 2.5 notitle
unset label
unset arrow
unset logscale
set origin 0,0.650856
set size 1,0.158103
set title 'Almaty Region: 278 people named' noenhanced font ',11'
set bmargin 3.2
set tmargin 2.5
set yrange [0.4:4.6]
set link y2
set grid noytics xtics
unset mytics
set xrange [267.64031314224746:495.55342401280382]
set xtics ( \
    '300' 300, \
    '350' 350, \
    '400' 400, \
    '450' 450) nomirror noenhanced
set lmargin at screen 0.1920
set rmargin at screen 0.7590
set xlabel 'people' noenhanced
set ylabel '' noenhanced
set ytics ( \
    '12,3,4' 4, \
    '12,24,3' 3, \
    '12,14,3' 2, \
    'Chao''s lower bound' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '425 (378–485)  · best BIC' 4, \
    '410 (359–480)  · BIC +5.0' 3, \
    '414 (362–485)  · BIC +5.3' 2, \
    '≥ 387 (350–443)' 1) scale 0 noenhanced
set arrow from first 278, graph 0 to first 278, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
unset key
$dots1 << CASESTAT_EOD
0 4 425.24511167023149 377.67075629167874 485.19373715505128
1 3 410.19385715425096 358.83317568617474 479.71245583385871
2 2 414.0962010213467 361.68175143447735 485.04386348266786
CASESTAT_EOD
$dots2 << CASESTAT_EOD
0 1 386.85465116279067 349.7930349746149 443.04853268792192
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle, \
     $dots2 using 3:2:4:5 with xerrorbars lt 2 lw 2.5 notitle
unset label
unset arrow
unset logscale
set origin 0,0.492754
set size 1,0.158103
set title 'Mangystau Region: 135 people named' noenhanced font ',11'
set bmargin 3.2
set tmargin 2.5
set yrange [0.4:4.6]
set link y2
set grid noytics xtics
unset mytics
set xrange [21.586570726096298:2516.6820147519775]
set xtics ( \
    '500' 500, \
    '1,000' 1000, \
    '1,500' 1500, \
    '2,000' 2000, \
    '2,500' 2500) nomirror noenhanced
set lmargin at screen 0.1920
set rmargin at screen 0.7590
set xlabel 'people' noenhanced
set ylabel '' noenhanced
set ytics ( \
    '12,23' 4, \
    '12,13' 3, \
    '12,3' 2, \
    'Chao''s lower bound' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '199 (162–264)  · best BIC' 4, \
    '519 (233–2,403)  · BIC +0.5' 3, \
    '246 (192–334)  · BIC +0.7' 2, \
    '≥ 192 (168–236)' 1) scale 0 noenhanced
set arrow from first 135, graph 0 to first 135, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
unset key
$dots1 << CASESTAT_EOD
0 4 198.99999999999997 162.24405060503253 264.09374492502496
1 3 518.99999999998602 232.79381492051328 2403.2685854780739
2 2 246.30434782608756 192.41657835276254 333.85177113228798
CASESTAT_EOD
$dots2 << CASESTAT_EOD
0 1 192.33333333333331 167.52915786555619 236.05122071394601
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle, \
     $dots2 using 3:2:4:5 with xerrorbars lt 2 lw 2.5 notitle
unset label
unset arrow
unset logscale
set origin 0,0.334651
set size 1,0.158103
set title 'Shymkent: 589 people named' noenhanced font ',11'
set bmargin 3.2
set tmargin 2.5
set yrange [0.4:4.6]
set link y2
set grid noytics xtics
unset mytics
set xrange [562.57464918556934:1143.932367103044]
set xtics ( \
    '600' 600, \
    '700' 700, \
    '800' 800, \
    '900' 900, \
    '1,000' 1000, \
    '1,100' 1100) nomirror noenhanced
set lmargin at screen 0.1920
set rmargin at screen 0.7590
set xlabel 'people' noenhanced
set ylabel '' noenhanced
set ytics ( \
    '12,3,4' 4, \
    '12,24,3' 3, \
    '12,13,4' 2, \
    'Chao''s lower bound' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '941 (857–1,041)  · best BIC' 4, \
    '879 (798–979)  · BIC +1.0' 3, \
    '991 (889–1,118)  · BIC +1.2' 2, \
    '≥ 757 (714–815)' 1) scale 0 noenhanced
set arrow from first 589, graph 0 to first 589, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
unset key
$dots1 << CASESTAT_EOD
0 4 941.16958402550586 857.41279950341686 1041.1060832726364
1 3 878.88454101539071 798.11555107560787 979.0746492447629
2 2 991.12057793095096 888.7331582221741 1117.5070162886134
CASESTAT_EOD
$dots2 << CASESTAT_EOD
0 1 756.91840277777783 713.59891093707597 815.29884787419724
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle, \
     $dots2 using 3:2:4:5 with xerrorbars lt 2 lw 2.5 notitle
unset label
unset arrow
unset logscale
set origin 0,0.176548
set size 1,0.158103
set title 'Zhambyl Region: 391 people named' noenhanced font ',11'
set bmargin 3.2
set tmargin 2.5
set yrange [0.4:4.6]
set link y2
set grid noytics xtics
unset mytics
set xrange [373.20248234391647:764.74787077775352]
set xtics ( \
    '400' 400, \
    '500' 500, \
    '600' 600, \
    '700' 700) nomirror noenhanced
set lmargin at screen 0.1920
set rmargin at screen 0.7590
set xlabel 'people' noenhanced
set ylabel '' noenhanced
set ytics ( \
    '12,3,4' 4, \
    '12,34' 3, \
    '12,13,4' 2, \
    'Chao''s lower bound' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '625 (561–703)  · best BIC' 4, \
    '649 (573–747)  · BIC +4.1' 3, \
    '641 (569–732)  · BIC +4.6' 2, \
    '≥ 552 (505–619)' 1) scale 0 noenhanced
set arrow from first 391, graph 0 to first 391, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
unset key
$dots1 << CASESTAT_EOD
0 4 624.86178537811793 560.86133959070696 703.23245105952128
1 3 649.37931034483233 572.90718508577368 746.95035312166999
2 2 641.04732499230897 569.1029584729348 731.6347005195862
CASESTAT_EOD
$dots2 << CASESTAT_EOD
0 1 552.10743801652893 504.76529887657381 619.15047154589251
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle, \
     $dots2 using 3:2:4:5 with xerrorbars lt 2 lw 2.5 notitle
unset label
unset arrow
unset logscale
set origin 0,1.11022e-16
set size 1,0.176548
set title 'all strata: 2,817 people named' noenhanced font ',11'
set bmargin 6.95
set tmargin 2.5
set yrange [0.4:2.6]
set link y2
set grid noytics xtics
unset mytics
set xrange [2724.4507542202055:4760.5341613756855]
set xtics ( \
    '3,000' 3000, \
    '3,500' 3500, \
    '4,000' 4000, \
    '4,500' 4500) nomirror noenhanced
set lmargin at screen 0.1920
set rmargin at screen 0.7590
set xlabel 'people' noenhanced
set ylabel '' noenhanced
set ytics ( \
    'sum of best models (BIC)' 2, \
    'Chao''s lower bound' 1) nomirror scale 0 noenhanced
set y2tics ( \
    '4,456 (4,269–4,668)' 2, \
    '≥ 3,818 (3,693–3,962)' 1) scale 0 noenhanced
set arrow from first 2817, graph 0 to first 2817, graph 1 nohead dt 2 lw 1.5 lc rgb '#7F7F7F' back
set label 'Dot: estimated total.  Line: 95% confidence interval (profile likelihood; Chao''s bound: log-normal; all strata: log-normal).' at character 1.5, character 3.15 left font ',9' textcolor rgb '#404040' noenhanced
set label 'Dashed: the people the lists name.  A line that runs to the right edge has no upper limit (∞).' at character 1.5, character 1.90 left font ',9' textcolor rgb '#404040' noenhanced
set label 'Models: digits are lists (1 hotline, 2 lawyers, 3 media, 4 official).  ≥: Chao''s lower bound, not an estimate of the total.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
unset key
$dots1 << CASESTAT_EOD
0 2 4456.1309644726261 4268.5246969627578 4667.9849155958909
CASESTAT_EOD
$dots2 << CASESTAT_EOD
0 1 3818.2342501270323 3692.7454433871808 3961.7048125653027
CASESTAT_EOD
plot $dots1 using 3:2:4:5 with xerrorbars lt 1 lw 2.5 notitle, \
     $dots2 using 3:2:4:5 with xerrorbars lt 2 lw 2.5 notitle
unset multiplot
