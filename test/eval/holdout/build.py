import json
ann=[]
def T(f): return open(f,newline='').read()
def add(f,kind,text,required=True,nth=0,**kw):
    s=T(f); i=-1
    for _ in range(nth+1):
        i=s.index(text,i+1)
    a=dict(file=f,kind=kind,text=text,required=required,start=i,end=i+len(text)); a.update(kw); ann.append(a); return a
f='h1-senate.txt'
add(f,'anonymous-source','aides say',False)
add(f,'anonymous-source','according to three aides familiar with the talks, who requested anonymity to discuss private negotiations')
add(f,'quote','"We\'re not there yet, but we\'re close,"',speaker=['Maria Delgado','Delgado','Sen. Maria Delgado'])
add(f,'anonymous-source','A senior White House official said')
add(f,'anonymous-source','The official, who was not authorized to speak publicly')
add(f,'quote','"Nobody should be popping champagne,"',speaker=['Tom Harlan','Harlan'])
add(f,'anonymous-source','Two people briefed on the talks said')
add(f,'anonymous-source','One of them said')
add(f,'quote','"welcomes any additional resources."',speaker=['Department of Homeland Security','The Department of Homeland Security'])
add(f,'anonymous-source','Critics say',False)
add(f,'quote','"This is a down payment on chaos,"',speaker=['Ana Ruiz','Ruiz'])
add(f,'promotional','Sign up for our Politics newsletter to get the latest from Washington in your inbox.')
f='h2-burglaries.txt'
add(f,'anonymous-source','a department spokesman said',False)
add(f,'not-a-quote','"Smokey"')
add(f,'quote','"He wasn\'t hard to find once we knew the van,"',speaker=['Lena Fitch','Fitch'])
add(f,'quote','"Neighbors did a lot of the work for us."',speaker=['Lena Fitch','Fitch'])
add(f,'quote','"open-door season"',False)
add(f,'quote','"I\'ve replaced the glass three times since June,"',speaker=['Omar Haddad','Haddad'])
add(f,'quote','"Every time, the insurance goes up."',speaker=['Omar Haddad','Haddad'])
add(f,'anonymous-source','A law enforcement source said')
add(f,'promotional','RELATED STORIES\nPearl District businesses band together for security patrols\nCity council approves funding for downtown cleanup crews\nPortland police staffing reaches lowest level in decades')
add(f,'promotional','Download the KXTV News app for breaking news alerts.')
f='h3-chipmaker.txt'
add(f,'anonymous-source','people familiar with the matter said')
add(f,'anonymous-source','the people said, asking not to be identified because the plans are private')
add(f,'quote','"rumors or speculation."',False,speaker=['spokeswoman','Veltrix spokeswoman'],anonymousSpeaker=True)
add(f,'quote','"taking a hard look at costs."',speaker=['Priya Natarajan','Natarajan'])
add(f,'quote','"The whole sector is digesting too much inventory,"',speaker=['Marcus Webb','Webb'])
add(f,'quote','"Veltrix is just the first to say it out loud."',speaker=['Marcus Webb','Webb'])
add(f,'anonymous-source','Industry insiders expect',False)
add(f,'anonymous-source','According to one executive at a competing firm, who spoke on condition of anonymity')
add(f,'promotional','Watch: Why chip stocks are sliding (2:41)')
f='h4-floods.txt'
add(f,'anonymous-source','officials said')
add(f,'quote','“We are still finding people trapped on rooftops,”',speaker=['Elena Brandt','Brandt'])
add(f,'quote','“The next 48 hours are critical.”',speaker=['Elena Brandt','Brandt'])
add(f,'quote','“No family will be left alone,”',speaker=['Jonas Weller','Weller'])
add(f,'anonymous-source','According to a government source')
add(f,'not-a-quote','‘the sleeping giant’')
add(f,'anonymous-source','A local official, who asked not to be named')
add(f,'quote','“People were told to leave when the water was already at their doors,”',speaker=['local official','official'],anonymousSpeaker=True)
add(f,'anonymous-source','the official said')
add(f,'promotional','Follow our live coverage on Telegram and YouTube.')
f='h5-floods-wire.txt'
# claim conflicts
a41=add('h4-floods.txt','claim-conflict','41',nth=0)
a41b=add('h4-floods.txt','claim-conflict','41',nth=1)
a43=add('h5-floods-wire.txt','claim-conflict','43',nth=0)
a43c=add('h5-floods-wire.txt','claim-conflict','43',nth=1)
a43b=add('h6-floods-politics.txt','claim-conflict','43',nth=0)
a41['conflictsWith']=[dict(file=x['file'],start=x['start'],end=x['end'],text=x['text']) for x in (a43,a43b,a43c)]
a41b['conflictsWith']=a41['conflictsWith']
for x in (a43,a43b,a43c): x['conflictsWith']=[dict(file=a41['file'],start=y['start'],end=y['end'],text='41') for y in (a41,a41b)]
m1=add('h4-floods.txt','claim-conflict','Marnow'); m2=add('h5-floods-wire.txt','claim-conflict','Marnov')
m1['conflictsWith']=[dict(file=m2['file'],start=m2['start'],end=m2['end'],text='Marnov')]; m2['conflictsWith']=[dict(file=m1['file'],start=m1['start'],end=m1['end'],text='Marnow')]
g1=add('h5-floods-wire.txt','claim-conflict','58'); g2=add('h6-floods-politics.txt','claim-conflict','57')
g1['conflictsWith']=[dict(file=g2['file'],start=g2['start'],end=g2['end'],text='57')]; g2['conflictsWith']=[dict(file=g1['file'],start=g1['start'],end=g1['end'],text='58')]
json.dump(dict(about='holdout (lead-written, invented articles)',annotations=ann),open('gold.json','w'),indent=1,ensure_ascii=False)
man=[dict(file='h1-senate.txt',outlet='AP',published='2025-03-04',cluster='h1'),dict(file='h2-burglaries.txt',outlet='KXTV',published='2025-10-12',cluster='h2'),dict(file='h3-chipmaker.txt',outlet='Business Wire Daily',published='2025-06-11',cluster='h3'),
 dict(file='h4-floods.txt',outlet='Valdoria Times',published='2025-11-03',cluster='flood'),dict(file='h5-floods-wire.txt',outlet='Reuters',published='2025-11-03',cluster='flood'),dict(file='h6-floods-politics.txt',outlet='Daily Courier',published='2025-11-04',cluster='flood')]
json.dump(man,open('manifest.json','w'),indent=1)
print(len(ann))
